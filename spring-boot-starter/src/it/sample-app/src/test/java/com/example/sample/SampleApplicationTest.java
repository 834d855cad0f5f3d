package com.example.sample;

import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.generated.model.Subscription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the sample application as its users would configure it (properties only) against the server stub, started
 * in this JVM on a random port, and calls the stub through the injected client.
 */
@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"sample.access-token=sample-user-token",
                "partnercenter.analytics.application-name=Sample App",
                "partnercenter.analytics.read-timeout=20s",
                "partnercenter.analytics.retry.max-attempts=2"})
class SampleApplicationTest {
    private static ConfigurableApplicationContext stub;

    @DynamicPropertySource
    static void stubBaseUrl(DynamicPropertyRegistry registry) {
        registry.add("partnercenter.analytics.base-url", SampleApplicationTest::startStub);
    }

    private static synchronized String startStub() {
        if (stub == null) {
            // Command-line arguments win over the stub's own application.properties (server.port=8080 there). The
            // stub shares this test class path, starter included: it is no client user, so the starter is off for it.
            stub = new SpringApplicationBuilder().sources(classForName("com.partnercenter.analytics.stub.StubApplication"))
                    .run("--server.address=127.0.0.1", "--server.port=0", "--stub.data.seed=20261208",
                            "--stub.data.customers=40", "--stub.data.subscriptions=400",
                            "--partnercenter.analytics.enabled=false");
        }
        return "http://127.0.0.1:" + ((WebServerApplicationContext) stub).getWebServer().getPort();
    }

    private static Class<?> classForName(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the stub's plain jar is a test dependency of this module", e);
        }
    }

    @AfterAll
    static void stopStub() {
        if (stub != null) {
            stub.close();
        }
    }

    @Autowired
    AutoRenewalReport report;

    @Autowired
    PartnerCenterAnalyticsClient client;

    @Test
    void theInjectedClientCallsTheStubWithTheApplicationsSettings() {
        assertThat(client.baseUrl()).isEqualTo(startStub());

        Page<Subscription> page = report.autoRenewing("US", 25);

        assertThat(page.items()).isNotEmpty().hasSizeLessThanOrEqualTo(25)
                .allSatisfy(s -> {
                    assertThat(s.getCustomerMarket()).isEqualTo("US");
                    assertThat(s.getAutoRenewEnabled()).isTrue();
                    assertThat(s.getId()).isNotBlank();
                });
        assertThat(page.totalCount().orElseThrow()).isGreaterThanOrEqualTo(page.items().size());
        // the application's customizer (SampleApplication.batchSettings) fixed the correlation id
        assertThat(page.correlationId()).hasToString("6f1c1f43-3b36-4c8e-9d8b-0c6f7c2f6a10");
    }
}
