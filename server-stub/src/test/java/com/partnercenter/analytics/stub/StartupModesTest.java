package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the stub starts: the ahead-of-time context when the build made one, the class-data-sharing training run, the
 * dataset load started before the context, and what the start waits for.
 */
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
        try (ConfigurableApplicationContext context = stub("--stub.data.scale=0.02")) {
            DatasetHolder early = context.getBean(EarlyStart.Loading.class).holder;
            assertThat(context.getBean(DatasetHolder.class)).as("no second load").isSameAs(early);
        }
    }

    @Test
    void theDatasetLoadStartedBeforeTheContextHasTheSettingsOfTheConfigurationFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("application.properties"), "stub.data.seed=7\nstub.data.scale=0.02\n");
        try (ConfigurableApplicationContext context = stub("--spring.config.additional-location=" + dir.toUri())) {
            StubProperties.Data settings = context.getBean(EarlyStart.Loading.class).holder.settings();
            assertThat(settings.getSeed()).as("read after Spring Boot loaded the configuration files").isEqualTo(7);
            assertThat(settings.getScale()).isEqualTo(0.02);
        }
    }

    /**
     * A small dataset but for 600,000 usage rows: that table is built after the start (with the other tables but the
     * subscriptions), for well over 0.1 s, so a start that does not wait for it returns before it is built.
     */
    private static final String[] ONE_LARGE_TABLE = {"--stub.data.scale=0.02", "--stub.data.azure-usage=600000"};

    @Test
    void byDefaultTheStartReturnsOnceEveryTableIsBuilt() {
        try (ConfigurableApplicationContext context = stub(ONE_LARGE_TABLE)) {
            assertThat(context.getBean(DatasetHolder.class).ready()).isTrue();
        }
    }

    @Test
    void withoutWaitingForEveryTableTheStartReturnsWhileOneIsBuiltAndARequestForItWaitsForItsRows() throws Exception {
        try (ConfigurableApplicationContext context = stub(concat(ONE_LARGE_TABLE, "--stub.wait-for-all-tables=false"))) {
            DatasetHolder data = context.getBean(DatasetHolder.class);
            assertThat(data.ready()).as("returned before the usage table is built").isFalse();

            String path = AnalyticsSpec.bundled().operation("listAzureUsage").orElseThrow().path();
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + path + "?top=2")).header("Authorization", "Bearer t").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).as("the first page of the table, once built").startsWith("{\"Value\":[{").contains("\"@nextLink\"");
        }
    }

    /** The stub on a free loopback port, from its annotations, with the early load, as the runnable jar starts it. */
    private static ConfigurableApplicationContext stub(String... settings) {
        SpringApplication app = new SpringApplication(StubApplication.class);
        app.addListeners(new EarlyStart());
        System.setProperty("spring.aot.enabled", "false"); // the test class path may hold a stale generated context
        return app.run(concat(new String[]{"--server.port=0", "--server.address=127.0.0.1"}, settings));
    }

    private static String[] concat(String[] first, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(first), java.util.Arrays.stream(more)).toArray(String[]::new);
    }
}
