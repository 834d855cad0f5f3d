package com.partnercenter.analytics.stub;

import com.partnercenter.analytics.stub.data.DataFileException;
import com.partnercenter.analytics.stub.data.Dataset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

import java.util.concurrent.ExecutionException;

/**
 * Waits for the dataset once the web server is up, then logs the stub's URL and a sample request. A dataset
 * that fails to load (a bad data file) stops the stub with the file, line and reason. Without
 * {@code stub.wait-for-all-tables} (the JUnit extension) the start waits only for the dataset to be loading without
 * error, and the ready line follows when the last table is built.
 */
final class ReadyReporter implements ApplicationListener<ApplicationReadyEvent> {
    private static final Logger LOG = LoggerFactory.getLogger("com.partnercenter.analytics.stub");
    private final DatasetHolder data;
    private final boolean exitOnFailure;
    private final boolean waitForAllTables;

    ReadyReporter(DatasetHolder data, boolean exitOnFailure, boolean waitForAllTables) {
        this.data = data;
        this.exitOnFailure = exitOnFailure;
        this.waitForAllTables = waitForAllTables;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        data.startRemainingTables();
        Dataset dataset;
        try {
            dataset = data.future().get();
            if (waitForAllTables) {
                dataset.allTables().get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (!exitOnFailure) {
                // in-process (the JUnit extension): the start fails with the reason, the caller's JVM goes on
                throw new IllegalStateException(cause instanceof DataFileException
                        ? "Refusing to start: bad data file: " + cause.getMessage()
                        : "Refusing to start: the dataset failed to load: " + cause, cause);
            }
            if (cause instanceof DataFileException) {
                LOG.error("Refusing to start: bad data file: {}", cause.getMessage());
            } else {
                LOG.error("Refusing to start: the dataset failed to load", cause);
            }
            int code = SpringApplication.exit(event.getApplicationContext(), () -> 2);
            if (!Boolean.getBoolean("stub.noExit")) {
                System.exit(code);
            }
            return;
        }
        if (waitForAllTables) {
            logReady(event, dataset);
        } else {
            Dataset loaded = dataset;
            dataset.allTables().thenRun(() -> {
                if (event.getApplicationContext().isActive()) { // a test class may be done before the last table
                    logReady(event, loaded);
                }
            });
        }
    }

    private void logReady(ApplicationReadyEvent event, Dataset dataset) {
        String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "localhost");
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        }
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web ? web.getWebServer().getPort() : 8080;
        String base = "http://" + host + ":" + port;
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        LOG.info("Partner Center Analytics stub ready at {} ({} ms after launch). Dataset: {}", base, uptime, dataset.description());
        LOG.info("Try:  curl -H 'Authorization: Bearer x' '{}/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=5'", base);
        LOG.info("API reference: {}/docs   OpenAPI document: {}/openapi.yaml   Health: {}/health", base, base, base);
    }
}
