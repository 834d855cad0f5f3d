package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.client.support.ClientFixture;
import com.partnercenter.analytics.client.support.FakeTime;
import com.partnercenter.analytics.client.support.SpecExamples;
import com.partnercenter.analytics.query.Filters;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Micrometer Observations: one per call and one per attempt, with what an operator needs and nothing private. */
class ObservationTest extends WireMockClientTest {
    private static final String PATH = "/partner/v1/analytics/subscriptions";

    private final List<Observation.Context> stopped = new CopyOnWriteArrayList<>();
    private PartnerCenterAnalyticsClient observed;

    @BeforeEach
    void observedClient() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                stopped.add(context);
            }
        });
        observed = ClientFixture.builder(server, new FakeTime(), new java.util.concurrent.atomic.AtomicInteger())
                .observationRegistry(registry).build();
    }

    @AfterEach
    void closeObserved() {
        observed.close();
    }

    private static Map<String, String> tags(Observation.Context c) {
        Map<String, String> tags = new java.util.TreeMap<>();
        c.getLowCardinalityKeyValues().forEach(kv -> tags.put(kv.getKey(), kv.getValue()));
        c.getHighCardinalityKeyValues().forEach(kv -> tags.put(kv.getKey(), kv.getValue()));
        return tags;
    }

    private List<Observation.Context> named(String name) {
        return stopped.stream().filter(c -> c.getName().equals(name)).collect(Collectors.toList());
    }

    private void throttledOnceThenOk() {
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3").withBody(SpecExamples.json("ErrorRateLimitExceeded")))
                .willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo(PATH)).inScenario("t").whenScenarioStateIs("ok")
                .willReturn(okForContentType("application/json", SpecExamples.json("SubscriptionPageAll"))));
    }

    @Test
    void aRetriedCallIsOneCallObservationWithOneObservationPerAttempt() {
        throttledOnceThenOk();

        observed.subscriptions().list(AnalyticsQuery.builder().filter(Filters.contains("customerName", "Jane Private")).build());

        List<Observation.Context> attempts = named("pc.analytics.attempt");
        List<Observation.Context> calls = named("pc.analytics.call");
        assertThat(attempts).hasSize(2);
        assertThat(tags(attempts.get(0))).containsEntry("operation", "listSubscriptions").containsEntry("attempt", "1")
                .containsEntry("status", "429").containsEntry("outcome", "retry")
                .containsEntry("throttling.wait.ms", "3000").containsEntry("retry.wait.ms", "3000");
        assertThat(tags(attempts.get(1))).containsEntry("attempt", "2").containsEntry("status", "200").containsEntry("outcome", "success");
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(tags(call)).containsEntry("operation", "listSubscriptions").containsEntry("method", "GET")
                    .containsEntry("status", "200").containsEntry("outcome", "success").containsEntry("attempts", "2");
            assertThat(attempts).allSatisfy(a -> assertThat(a.getParentObservation().getContextView()).isSameAs(call));
        });
        assertThat(stopped).allSatisfy(c -> assertThat(tags(c).values() + " " + c.getContextualName())
                .as("no token, no query value").doesNotContain(ClientFixture.TOKEN, "Jane Private", "Jane"));
    }

    @Test
    void aFailedCallIsObservedWithItsError() {
        server.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")
                .withBody(SpecExamples.json("ErrorRateLimitExceeded"))));

        ThrottledException e = catchThrowableOfType(ThrottledException.class, () -> observed.subscriptions().list());

        assertThat(named("pc.analytics.attempt")).singleElement().satisfies(a ->
                assertThat(tags(a)).containsEntry("status", "429").containsEntry("outcome", "failure").containsEntry("throttling.wait.ms", "600000"));
        assertThat(named("pc.analytics.call")).singleElement().satisfies(call -> {
            assertThat(tags(call)).containsEntry("status", "429").containsEntry("outcome", "failure");
            assertThat(call.getError()).isSameAs(e);
        });
    }

    @Test
    void asyncCallsAreObservedTheSameWay() throws Exception {
        throttledOnceThenOk();

        observed.async().subscriptions().list(AnalyticsQuery.all()).get(20, TimeUnit.SECONDS);

        assertThat(named("pc.analytics.attempt")).extracting(c -> tags(c).get("status")).containsExactly("429", "200");
        assertThat(named("pc.analytics.call")).singleElement().satisfies(call -> assertThat(tags(call)).containsEntry("attempts", "2"));
    }
}
