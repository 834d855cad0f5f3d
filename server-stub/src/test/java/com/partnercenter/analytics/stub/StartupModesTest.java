package com.partnercenter.analytics.stub;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** How the stub starts: the ahead-of-time context when the build made one, and the class-data-sharing training run. */
class StartupModesTest {
    private final String aotBefore = System.getProperty("spring.aot.enabled");

    @AfterEach
    void restoreAotFlag() {
        if (aotBefore == null) {
            System.clearProperty("spring.aot.enabled");
        } else {
            System.setProperty("spring.aot.enabled", aotBefore);
        }
    }

    @Test
    void theAheadOfTimeContextIsUsedWhenTheBuildGeneratedIt() {
        System.clearProperty("spring.aot.enabled");
        StubApplication.useAheadOfTimeContextWhen(true);
        assertThat(System.getProperty("spring.aot.enabled")).isEqualTo("true");
    }

    @Test
    void withoutAGeneratedContextOrWhileGeneratingItOrWhenTurnedOffItIsNotUsed() {
        System.clearProperty("spring.aot.enabled");
        StubApplication.useAheadOfTimeContextWhen(false);
        assertThat(System.getProperty("spring.aot.enabled")).isNull();

        System.setProperty("spring.aot.processing", "true");
        try {
            StubApplication.useAheadOfTimeContextWhen(true);
            assertThat(System.getProperty("spring.aot.enabled")).as("the build's process-aot step").isNull();
        } finally {
            System.clearProperty("spring.aot.processing");
        }

        System.setProperty("spring.aot.enabled", "false");
        StubApplication.useAheadOfTimeContextWhen(true);
        assertThat(System.getProperty("spring.aot.enabled")).isEqualTo("false");
    }

    @Test
    void theTrainingRunAsksForEveryOperationGetsEachAnsweredAndExitsWithZero() {
        AtomicInteger exitCode = new AtomicInteger(-1);
        CdsTrainingRun training = new CdsTrainingRun(exitCode::set);
        SpringApplication app = new SpringApplication(StubApplication.class);
        app.addListeners(new EarlyStart(), training);
        System.setProperty("spring.aot.enabled", "false"); // the test class path may hold a stale generated context
        app.run("--server.port=0", "--server.address=127.0.0.1", "--stub.cds-training=true", "--stub.data.scale=0.05");

        assertThat(training.sent()).as("one request per operation, plus grouped, filtered, failing and /health").isGreaterThan(11);
        assertThat(training.answered()).isEqualTo(training.sent());
        assertThat(exitCode.get()).isZero();
    }

    @Test
    void theDatasetLoadStartedBeforeTheContextIsTheOneTheContextServes() {
        SpringApplication app = new SpringApplication(StubApplication.class);
        app.addListeners(new EarlyStart());
        System.setProperty("spring.aot.enabled", "false"); // the test class path may hold a stale generated context
        try (ConfigurableApplicationContext context = app.run("--server.port=0", "--server.address=127.0.0.1",
                "--stub.data.scale=0.02")) {
            DatasetHolder early = context.getBean(EarlyStart.Loading.class).holder;
            assertThat(context.getBean(DatasetHolder.class)).as("no second load").isSameAs(early);
        }
    }
}
