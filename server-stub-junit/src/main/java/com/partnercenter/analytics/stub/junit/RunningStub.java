package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.stub.StubApplication;
import com.partnercenter.analytics.stub.control.StubControls;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/** One stub started in this JVM: its Spring context, address and controls. */
final class RunningStub implements AutoCloseable {
    /**
     * Read by no configuration file: the stub's context must not pick up the team's own {@code application.properties}
     * (a Spring Boot application's test class path has one), which would also hide the stub's.
     */
    private static final String NO_CONFIG_FILE = "pc-analytics-stub-junit-no-config-file";

    final StubSettings settings;
    final String baseUrl;
    final StubControls controls;
    final long startMillis;
    private final ConfigurableApplicationContext context;

    private RunningStub(StubSettings settings, ConfigurableApplicationContext context, long startMillis) {
        this.settings = settings;
        this.context = context;
        this.startMillis = startMillis;
        this.baseUrl = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.controls = context.getBean(StubControls.class);
    }

    /** Starts a stub and returns once its dataset is loaded; a failure names the reason (a bad data file: file and line). */
    static RunningStub start(StubSettings settings) {
        long started = System.nanoTime();
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(StubApplication.class)
                    .bannerMode(Banner.Mode.OFF)
                    .logStartupInfo(false)
                    .registerShutdownHook(false)
                    .properties(stubDefaults())
                    .properties(Map.of("spring.config.name", NO_CONFIG_FILE))
                    .run(settings.arguments());
            return new RunningStub(settings, context, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            throw new PartnerCenterStubStartException("The Partner Center Analytics stub did not start (" + settings + "): "
                    + reason(e), e);
        }
    }

    /** The stub's own application.properties, read from its jar (not the first one on the class path). */
    private static Map<String, Object> stubDefaults() {
        URL jar = StubApplication.class.getProtectionDomain().getCodeSource().getLocation();
        try (URLClassLoader own = new URLClassLoader(new URL[]{jar}, null);
             InputStream in = own.getResourceAsStream("application.properties")) {
            if (in == null) {
                throw new IllegalStateException("The stub's jar " + jar + " has no application.properties");
            }
            Properties p = new Properties();
            p.load(in);
            Map<String, Object> defaults = new HashMap<>();
            p.forEach((k, v) -> defaults.put((String) k, v));
            return defaults;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stub's settings from " + jar, e);
        }
    }

    /** The stub's own words (e.g. "Refusing to start: bad data file: ...:12: ...") or the innermost message. */
    private static String reason(Throwable e) {
        Throwable innermost = e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().startsWith("Refusing to start")) {
                return t.getMessage();
            }
            innermost = t;
        }
        return innermost.getMessage() != null ? innermost.getMessage() : innermost.toString();
    }

    /** Clears what one test left: scripted faults and the journal. */
    void reset() {
        controls.faults().clear();
        controls.journal().clear();
    }

    @Override
    public void close() {
        context.close();
    }
}
