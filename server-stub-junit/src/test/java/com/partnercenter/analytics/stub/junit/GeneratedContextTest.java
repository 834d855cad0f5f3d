package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

import static com.partnercenter.analytics.stub.junit.StubHttp.SUBSCRIPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stub starts from the application context generated at its build (as the runnable jar does), for itself alone:
 * the team's own Spring contexts in the same JVM are built as usual, and the stub answers exactly as when its
 * context is built from annotations.
 */
class GeneratedContextTest {

    @Test
    void theStubStartsFromItsGeneratedContextAndLeavesTheJvmWideSwitchAlone() {
        try (RunningStub stub = RunningStub.start(settings(true, Map.of()))) {
            assertThat(stub.fromGeneratedContext()).isTrue();
            assertThat(System.getProperty("spring.aot.enabled")).as("no JVM-wide switch").isNull();
            // A team's own application context, started while the stub runs, is built from its annotations as usual
            // (under spring.aot.enabled it would look for generated code it does not have and fail).
            try (ConfigurableApplicationContext own = new SpringApplicationBuilder(TeamConfiguration.class)
                    .web(WebApplicationType.NONE).run("--spring.main.banner-mode=off")) {
                assertThat(own.getBean(String.class)).isEqualTo("the team's bean");
            }
        }
    }

    @Test
    void bothContextsAnswerTheSameBytes() throws Exception {
        String path = SUBSCRIPTIONS + "?filter=customerMarket%20eq%20%27US%27&top=3&skip=2";
        String generated;
        String annotated;
        try (RunningStub stub = RunningStub.start(settings(true, Map.of()))) {
            generated = StubHttp.get(stub.baseUrl, path).body();
        }
        try (RunningStub stub = RunningStub.start(settings(false, Map.of()))) {
            assertThat(stub.fromGeneratedContext()).isFalse();
            annotated = StubHttp.get(stub.baseUrl, path).body().replace(stub.baseUrl, "BASE");
        }
        assertThat(generated).contains("\"TotalCount\"");
        assertThat(generated.replaceAll("http://127\\.0\\.0\\.1:\\d+", "BASE")).isEqualTo(annotated);
    }

    @Test
    void theStubsOwnSettingsStillApplyInTheGeneratedContext() throws Exception {
        try (RunningStub rejecting = RunningStub.start(settings(true, Map.of()));
             RunningStub warning = RunningStub.start(settings(true, Map.of("stub.unknown-parameters", "warn")))) {
            assertThat(StubHttp.get(rejecting.baseUrl, SUBSCRIPTIONS + "?$top=1").statusCode()).isEqualTo(400);
            assertThat(StubHttp.get(warning.baseUrl, SUBSCRIPTIONS + "?$top=1").statusCode()).isEqualTo(200);
        }
    }

    private static StubSettings settings(boolean aheadOfTime, Map<String, String> properties) {
        return new StubSettings(11, 0.02, null, properties, StubLifecycle.PER_CLASS, aheadOfTime);
    }

    @Configuration(proxyBeanMethods = false)
    static class TeamConfiguration {
        @Bean
        String teamBean() {
            return "the team's bean";
        }
    }
}
