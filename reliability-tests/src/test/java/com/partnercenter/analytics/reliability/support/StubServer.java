package com.partnercenter.analytics.reliability.support;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * The stub, started in-process once for the whole test run (Spring Boot on a random port of 127.0.0.1, a small
 * seeded dataset) and stopped when the run ends. Register it with {@code @ExtendWith(StubServer.class)} and read
 * {@link #baseUrl()}.
 *
 * <p>The stub is a test dependency of this module (its plain jar; the runnable one carries the {@code exec}
 * classifier), so its main class is on the test class path.
 */
public final class StubServer implements BeforeAllCallback {
    public static final String MAIN_CLASS = "com.partnercenter.analytics.stub.StubApplication";
    /** The dataset: fixed seed, small sizes (the stub's own HTTP tests use the same order of magnitude). */
    public static final Map<String, Object> SETTINGS = Map.of(
            "server.address", "127.0.0.1",
            "server.port", "0",
            "stub.data.seed", "20261120",
            "stub.data.customers", "60",
            "stub.data.subscriptions", "900",
            "stub.data.azure-usage", "3000",
            "stub.data.resellers", "8",
            "stub.data.searches", "700",
            "stub.data.referrals", "300");

    private static volatile Running running;

    private record Running(ConfigurableApplicationContext context, String baseUrl)
            implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        @Override
        public void close() {
            context.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (StubServer.class) {
            if (running == null) {
                running = start();
                // closed when the whole run ends, after every class that uses it
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(StubServer.class, running);
            }
        }
    }

    /** The stub's base URL, e.g. {@code http://127.0.0.1:41234}. */
    public static String baseUrl() {
        if (running == null) {
            throw new IllegalStateException("The stub is not running: annotate the test class with @ExtendWith(StubServer.class)");
        }
        return running.baseUrl();
    }

    /** The port the stub listens on. */
    public static int port() {
        return URI.create(baseUrl()).getPort();
    }

    private static Running start() throws Exception {
        Class<?> main = Class.forName(MAIN_CLASS);
        // as command-line arguments, which win over the stub's application.properties (server.port=8080 there):
        // default properties would lose to it, and the run would clash with anything else on port 8080
        String[] args = SETTINGS.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(main).run(args);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        String base = "http://127.0.0.1:" + port;
        awaitHealthy(base);
        return new Running(context, base);
    }

    private static void awaitHealthy(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The stub did not become healthy within 60 s at " + base);
    }
}
