package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Stubs running side by side in one JVM (parallel test classes) keep their own settings: nothing is per JVM. */
class StubsInOneJvmTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String SUBSCRIPTIONS = AnalyticsSpec.bundled().operation("listSubscriptions").orElseThrow().path();

    @Test
    void eachStubSendsItsOwnServerId() throws Exception {
        try (RunningStub first = RunningStub.start(settings("111"));
             RunningStub second = RunningStub.start(settings("222"))) {
            for (int i = 0; i < 2; i++) { // interleaved, after both have started
                assertThat(serverId(first, SUBSCRIPTIONS + "?top=1")).isEqualTo("111");
                assertThat(serverId(second, SUBSCRIPTIONS + "?top=1")).isEqualTo("222");
                assertThat(serverId(first, SUBSCRIPTIONS + "?top=0")).as("an error answer").isEqualTo("111");
            }
        }
    }

    private static StubSettings settings(String serverId) {
        return new StubSettings(5, 0.02, null, Map.of("stub.server-id", serverId), StubLifecycle.PER_CLASS, true);
    }

    private static String serverId(RunningStub stub, String path) throws Exception {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(stub.baseUrl + path))
                .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("MS-ServerId").orElse("(none)");
    }
}
