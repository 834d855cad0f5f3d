package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The per-test controls, through @RegisterExtension with settings built in code. */
class StubControlsTest {
    @RegisterExtension
    static final PartnerCenterStubExtension STUB = PartnerCenterStubExtension.builder()
            .seed(7).scale(0.05).property("stub.unknown-parameters", "warn").build();

    private static PartnerCenterAnalyticsClient noRetries(PartnerCenterStub stub) {
        return stub.clientBuilder().retryPolicy(RetryPolicy.none()).build();
    }

    @Test
    void throttlingOneOperationLeavesTheOthersAlone(PartnerCenterStub stub) {
        stub.throttleNext(1, "listReferrals", Duration.ofSeconds(3));
        try (PartnerCenterAnalyticsClient client = noRetries(stub)) {
            assertThat(client.subscriptions().list(AnalyticsQuery.builder().top(1).build()).items()).hasSize(1);
            assertThatThrownBy(() -> client.referrals().list(AnalyticsQuery.builder().top(1).build()))
                    .isInstanceOf(ThrottledException.class);
            assertThat(client.referrals().list(AnalyticsQuery.builder().top(1).build()).items()).as("only the next one").hasSize(1);
        }
        assertThat(stub.requests()).extracting(r -> r.operationId().orElseThrow() + " " + r.status())
                .containsExactly("listSubscriptions 200", "listReferrals 429", "listReferrals 200");
    }

    @Test
    void aThrottleSendsRetryAfter(PartnerCenterStub stub) throws Exception {
        stub.throttleNext(1, null, Duration.ofSeconds(3));
        HttpResponse<String> r = StubHttp.get(stub.baseUrl(), StubHttp.SUBSCRIPTIONS + "?top=1");
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("3");
        assertThat(r.body()).contains("Rate limit is exceeded");
    }

    @Test
    void failuresAreCountedPerRequest(PartnerCenterStub stub) {
        stub.failNext(2, 503).failNext(1, 500);
        try (PartnerCenterAnalyticsClient client = noRetries(stub)) {
            var query = AnalyticsQuery.builder().top(1).build();
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> client.search().list(query)).isInstanceOf(ServerErrorException.class);
            }
            assertThat(client.search().list(query).items()).hasSize(1);
        }
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(503, 503, 500, 200);
    }

    @Test
    void aDelayHoldsTheAnswer(PartnerCenterStub stub) {
        stub.delayNext(1, Duration.ofMillis(400));
        long started = System.nanoTime();
        try (PartnerCenterAnalyticsClient client = noRetries(stub)) {
            client.subscriptions().list(AnalyticsQuery.builder().top(1).build());
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(400);
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(200);
    }

    @Test
    void theJournalHasTheQueryAndTheHeaders(PartnerCenterStub stub) {
        try (PartnerCenterAnalyticsClient client = stub.clientBuilder().applicationName("my-app").build()) {
            client.subscriptions().list(AnalyticsQuery.builder().filter("customerMarket eq 'US'").top(2).build());
        }
        var request = stub.requests("listSubscriptions").get(0);
        assertThat(request.path()).isEqualTo("/partner/v1/analytics/subscriptions");
        assertThat(request.queryParameter("filter")).hasValue("customerMarket eq 'US'");
        assertThat(request.queryParameter("top")).hasValue("2");
        assertThat(request.header("MS-PartnerCenter-Application")).hasValue("my-app");
        assertThat(request.header("Authorization")).as("the token is not kept").hasValue("Bearer ***");
    }

    @Test
    void anUnknownOperationIsRefusedAtOnce(PartnerCenterStub stub) {
        assertThatThrownBy(() -> stub.throttleNext(1, "listSubscription", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("listSubscription");
        assertThatThrownBy(() -> stub.failNext(1, 429)).hasMessageContaining("500 or 503");
    }

    @Test
    void anyStubSettingApplies(PartnerCenterStub stub) throws Exception {
        // stub.unknown-parameters=warn: an undeclared parameter is served
        HttpResponse<String> r = StubHttp.get(stub.baseUrl(), StubHttp.SUBSCRIPTIONS + "?top=1&colour=red");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(STUB.stub().baseUrl()).isEqualTo(stub.baseUrl());
    }
}
