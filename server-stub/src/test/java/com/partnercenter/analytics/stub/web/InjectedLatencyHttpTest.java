package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.StubConfiguration;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Injected latency suspends the request instead of holding one of the stub's few request threads: requests
 * delayed by {@code X-Stub-Fault: latency=...} never keep an undelayed request waiting.
 */
class InjectedLatencyHttpTest extends HttpTestBase {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";

    @Test
    void manyMoreDelayedRequestsThanRequestThreadsDoNotHoldUpAnUndelayedOne() throws Exception {
        int delayed = StubConfiguration.defaultRequestThreads() * 3;
        AtomicLong firstDelayedDone = new AtomicLong(Long.MAX_VALUE);
        List<CompletableFuture<HttpResponse<String>>> pending = new ArrayList<>();
        for (int i = 0; i < delayed; i++) {
            pending.add(HTTP.sendAsync(request(SUBS + "?top=1", "latency=1500"), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> firstDelayedDone.accumulateAndGet(System.nanoTime(), Math::min)));
        }
        Thread.sleep(300); // every delayed request is in, and suspended

        HttpResponse<String> undelayed = get(SUBS + "?top=1");
        long undelayedDone = System.nanoTime();

        assertThat(undelayed.statusCode()).isEqualTo(200);
        for (CompletableFuture<HttpResponse<String>> p : pending) {
            HttpResponse<String> r = p.join();
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(json(r).get("Value")).hasSize(1);
        }
        assertThat(undelayedDone).as("the undelayed request was answered before any delayed one").isLessThan(firstDelayedDone.get());
    }

    @Test
    void aDelayedFaultStillAnswersItsStatusAndKeepsTheCallersCorrelationId() {
        long start = System.nanoTime();
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base() + SUBS + "?top=1")).timeout(Duration.ofSeconds(30))
                .header("Authorization", TOKEN).header("X-Stub-Fault", "latency=300, status=503, retry-after=7")
                .header("MS-CorrelationId", "0f8fad5b-d9cb-469f-a165-70867728950e").GET().build());

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        assertThat(r.headers().firstValue("MS-CorrelationId")).hasValue("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(json(r).get("code").asInt()).isEqualTo(800003);
    }

    private HttpRequest request(String pathAndQuery, String fault) {
        return HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", TOKEN).header("X-Stub-Fault", fault).GET().build();
    }
}
