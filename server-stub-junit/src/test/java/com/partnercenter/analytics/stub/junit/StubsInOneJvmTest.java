package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static com.partnercenter.analytics.stub.junit.StubHttp.SUBSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

/** Stubs running side by side in one JVM (parallel test classes) keep their own settings: nothing is per JVM. */
class StubsInOneJvmTest {

    @Test
    void eachStubSendsItsOwnServerId() throws Exception {
        try (RunningStub first = RunningStub.start(settings("111"));
             RunningStub second = RunningStub.start(settings("222"))) {
            for (int i = 0; i < 2; i++) { // interleaved, after both have started
                assertThat(StubHttp.serverId(first.baseUrl, SUBSCRIPTIONS + "?top=1")).isEqualTo("111");
                assertThat(StubHttp.serverId(second.baseUrl, SUBSCRIPTIONS + "?top=1")).isEqualTo("222");
                assertThat(StubHttp.serverId(first.baseUrl, SUBSCRIPTIONS + "?top=0")).as("an error answer").isEqualTo("111");
            }
        }
    }

    private static StubSettings settings(String serverId) {
        return new StubSettings(5, 0.02, null, Map.of("stub.server-id", serverId), StubLifecycle.PER_CLASS, true);
    }
}
