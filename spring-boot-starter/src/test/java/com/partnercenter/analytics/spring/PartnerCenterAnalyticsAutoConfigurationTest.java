package com.partnercenter.analytics.spring;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterCloud;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.TransportException;
import com.partnercenter.analytics.client.generated.model.Subscription;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the auto-configuration makes of properties, beans and their absence, seen on the wire (WireMock). */
class PartnerCenterAnalyticsAutoConfigurationTest {
    private static final String SUBSCRIPTIONS = "/partner/v1/analytics/subscriptions";
    private static final String ONE_ROW = "{\"Value\":[{\"id\":\"sub-1\",\"customerMarket\":\"US\"}],\"TotalCount\":1}";

    @RegisterExtension
    static WireMockExtension wire = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PartnerCenterAnalyticsAutoConfiguration.class));

    private ApplicationContextRunner withTokens() {
        return runner.withUserConfiguration(Tokens.class)
                .withPropertyValues("partnercenter.analytics.base-url=" + wire.baseUrl());
    }

    @Configuration(proxyBeanMethods = false)
    static class Tokens {
        @Bean
        PartnerCenterTokenSupplier partnerCenterTokens() {
            return () -> "test-token";
        }
    }

    @Test
    void propertiesAreBound() {
        withTokens().withPropertyValues(
                        "partnercenter.analytics.connect-timeout=3s",
                        "partnercenter.analytics.read-timeout=250ms",
                        "partnercenter.analytics.call-timeout=1m",
                        "partnercenter.analytics.http-log-level=headers",
                        "partnercenter.analytics.locale=de-DE",
                        "partnercenter.analytics.application-name=Contoso Portal",
                        "partnercenter.analytics.retry.max-attempts=6",
                        "partnercenter.analytics.retry.initial-backoff=500ms",
                        "partnercenter.analytics.retry.max-backoff=10s",
                        "partnercenter.analytics.retry.multiplier=1.5",
                        "partnercenter.analytics.retry.jitter=0",
                        "partnercenter.analytics.retry.max-elapsed=1m")
                .run(context -> {
                    PartnerCenterAnalyticsProperties p = context.getBean(PartnerCenterAnalyticsProperties.class);
                    assertThat(p.getBaseUrl()).isEqualTo(wire.baseUrl());
                    assertThat(p.getConnectTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(p.getReadTimeout()).isEqualTo(Duration.ofMillis(250));
                    assertThat(p.getCallTimeout()).isEqualTo(Duration.ofMinutes(1));
                    assertThat(p.getHttpLogLevel()).isEqualTo(HttpLogLevel.HEADERS);
                    assertThat(p.getLocale()).isEqualTo("de-DE");
                    assertThat(p.getApplicationName()).isEqualTo("Contoso Portal");
                    var retry = PartnerCenterAnalyticsAutoConfiguration.retryPolicy(p.getRetry());
                    assertThat(retry.maxAttempts()).isEqualTo(6);
                    assertThat(retry.initialBackoff()).isEqualTo(Duration.ofMillis(500));
                    assertThat(retry.maxBackoff()).isEqualTo(Duration.ofSeconds(10));
                    assertThat(retry.multiplier()).isEqualTo(1.5);
                    assertThat(retry.jitter()).isZero();
                    assertThat(retry.maxElapsed()).isEqualTo(Duration.ofMinutes(1));
                });
    }

    @Test
    void unsetRetryPropertiesKeepTheClientDefaults() {
        var policy = PartnerCenterAnalyticsAutoConfiguration.retryPolicy(new PartnerCenterAnalyticsProperties.Retry());
        assertThat(policy.toString()).isEqualTo(com.partnercenter.analytics.client.RetryPolicy.defaults().toString());
    }

    @Test
    void headersTokenAndRetriesFromThePropertiesGoOnTheWire() {
        wire.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(aResponse().withStatus(503)));
        withTokens().withPropertyValues(
                        "partnercenter.analytics.locale=de-DE",
                        "partnercenter.analytics.application-name=Contoso Portal",
                        "partnercenter.analytics.retry.max-attempts=3",
                        "partnercenter.analytics.retry.initial-backoff=1ms",
                        "partnercenter.analytics.retry.max-backoff=1ms")
                .run(context -> {
                    PartnerCenterAnalyticsClient client = context.getBean(PartnerCenterAnalyticsClient.class);
                    assertThatThrownBy(() -> client.subscriptions().list())
                            .isInstanceOfSatisfying(ServerErrorException.class, e -> assertThat(e.attempts()).isEqualTo(3));
                });
        wire.verify(3, getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS))
                .withHeader("Authorization", equalTo("Bearer test-token"))
                .withHeader("X-Locale", equalTo("de-DE"))
                .withHeader("MS-PartnerCenter-Application", equalTo("Contoso Portal")));
    }

    @Test
    void readTimeoutFromThePropertiesEndsASlowCall() {
        wire.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson(ONE_ROW).withFixedDelay(3000)));
        withTokens().withPropertyValues(
                        "partnercenter.analytics.read-timeout=200ms",
                        "partnercenter.analytics.retry.max-attempts=1")
                .run(context -> {
                    PartnerCenterAnalyticsClient client = context.getBean(PartnerCenterAnalyticsClient.class);
                    long start = System.nanoTime();
                    assertThatThrownBy(() -> client.subscriptions().list()).isInstanceOf(TransportException.class);
                    // far below the 60 s default and the 3 s delay
                    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(2500));
                });
    }

    @Test
    void cloudPropertyChoosesItsBaseUrlAndNothingSetMeansGlobal() {
        runner.withUserConfiguration(Tokens.class)
                .withPropertyValues("partnercenter.analytics.cloud=china-21vianet")
                .run(context -> assertThat(context.getBean(PartnerCenterAnalyticsClient.class).baseUrl())
                        .isEqualTo(PartnerCenterCloud.CHINA_21VIANET_BASE_URL));
        runner.withUserConfiguration(Tokens.class)
                .run(context -> assertThat(context.getBean(PartnerCenterAnalyticsClient.class).baseUrl())
                        .isEqualTo(PartnerCenterCloud.GLOBAL_BASE_URL));
    }

    @Test
    void cloudAndBaseUrlTogetherFailTheStartWithBothNamed() {
        withTokens().withPropertyValues("partnercenter.analytics.cloud=GLOBAL").run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                    .isInstanceOfSatisfying(MutuallyExclusiveConfigurationPropertiesException.class, e ->
                            assertThat(e.getConfiguredNames()).containsExactlyInAnyOrder(
                                    "partnercenter.analytics.cloud", "partnercenter.analytics.base-url"));
        });
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "retry.max-attempts   | 0       | maxAttempts must be at least 1, was 0",
            "read-timeout         | 0s      | readTimeout must be positive, was PT0S",
            "base-url             | ftp://x | baseUrl must be an absolute http(s) URL, was ftp://x",
            "application-name     | ' '     | applicationName is blank",
            "retry                | 5s      | maxBackoff PT1S is shorter than initialBackoff PT5S"})
    void aValueTheBuilderRefusesFailsTheStartNamingTheProperty(String property, String value, String reason) {
        String assignment = property.equals("retry")
                ? "partnercenter.analytics.retry.initial-backoff=" + value
                : "partnercenter.analytics." + property + "=" + value;
        String[] more = property.equals("retry") ? new String[] {"partnercenter.analytics.retry.max-backoff=1s"} : new String[0];
        withTokens().withPropertyValues(assignment).withPropertyValues(more).run(context -> {
            assertThat(context).hasFailed();
            assertThat(NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure()))
                    .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                        assertThat(e.getName()).isEqualTo("partnercenter.analytics." + property);
                        assertThat(e.getReason()).isEqualTo(reason);
                    });
        });
    }

    @Test
    void customizersRunAfterThePropertiesInOrder() {
        UUID correlation = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");
        wire.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson(ONE_ROW)));
        withTokens().withPropertyValues("partnercenter.analytics.application-name=From Properties")
                .withBean("correlation", PartnerCenterAnalyticsClientCustomizer.class,
                        () -> builder -> builder.correlationId(correlation).applicationName("From Customizer"))
                .run(context -> {
                    List<Subscription> rows = context.getBean(PartnerCenterAnalyticsClient.class).subscriptions().list().items();
                    assertThat(rows).extracting(Subscription::getId).containsExactly("sub-1");
                });
        wire.verify(1, getRequestedFor(urlPathEqualTo(SUBSCRIPTIONS))
                .withHeader("MS-CorrelationId", equalTo(correlation.toString()))
                .withHeader("MS-PartnerCenter-Application", equalTo("From Customizer")));
    }

    @Test
    void missingTokenSupplierFailsTheStartWithTheBeanToProvide() {
        runner.run(context -> {
            assertThat(context).hasFailed();
            Throwable failure = context.getStartupFailure();
            assertThat(NestedExceptionUtils.getMostSpecificCause(failure)).isInstanceOf(MissingTokenSupplierException.class);
            FailureAnalysis analysis = new MissingTokenSupplierFailureAnalyzer().analyze(failure);
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription()).contains("no bean of type " + PartnerCenterTokenSupplier.class.getName());
            assertThat(analysis.getAction()).contains("Define a bean of type " + PartnerCenterTokenSupplier.class.getName())
                    .contains("@Bean").contains("partnercenter.analytics.enabled=false");
        });
    }

    @Test
    void theApplicationsOwnClientWinsAndNeedsNoTokenSupplierBean() {
        try (PartnerCenterAnalyticsClient own = PartnerCenterAnalyticsClient.builder()
                .baseUrl("http://127.0.0.1:1").tokenSupplier(() -> "own").build()) {
            runner.withBean("ownClient", PartnerCenterAnalyticsClient.class, () -> own)
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context).getBeans(PartnerCenterAnalyticsClient.class).containsOnlyKeys("ownClient");
                        assertThat(context.getBean(PartnerCenterAnalyticsClient.class)).isSameAs(own);
                    });
        }
    }

    @Test
    void disabledByPropertyMakesNoClient() {
        runner.withPropertyValues("partnercenter.analytics.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PartnerCenterAnalyticsClient.class));
    }

    @Test
    void theApplicationsObservationRegistryRecordsTheCalls() {
        List<String> observed = new CopyOnWriteArrayList<>();
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public void onStop(Observation.Context context) {
                observed.add(context.getName() + " " + context.getLowCardinalityKeyValue("operation").getValue());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }
        });
        wire.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okJson(ONE_ROW)));
        withTokens().withBean(ObservationRegistry.class, () -> registry)
                .run(context -> context.getBean(PartnerCenterAnalyticsClient.class).subscriptions().list());
        assertThat(observed).contains("pc.analytics.attempt listSubscriptions",
                "pc.analytics.call listSubscriptions");
    }

    @Test
    void theClientIsClosedWithTheContext() {
        withTokens().run(context -> assertThat(context.getSourceApplicationContext().getBeanFactory()
                .getBeanDefinition("partnerCenterAnalyticsClient").getDestroyMethodName()).isEqualTo("close"));
    }
}
