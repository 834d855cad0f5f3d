package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.stub.InProcessStub;
import com.partnercenter.analytics.stub.StubApplication;
import com.partnercenter.analytics.stub.control.StubControls;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/** One stub started in this JVM: its Spring context, address and controls. */
final class RunningStub implements AutoCloseable {
    /**
     * Spring Boot sets up its logging system (JVM-wide: Logback and system properties) as each context starts and
     * cleans it up as each closes; two at once in one JVM race ("Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'").
     * So stubs of parallel test classes start and stop Spring one at a time; their datasets still load in parallel.
     */
    private static final ReentrantLock SPRING_START = new ReentrantLock();

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
        AtomicBoolean holding = new AtomicBoolean(true);
        Runnable release = () -> {
            if (holding.compareAndSet(true, false)) {
                SPRING_START.unlock();
            }
        };
        SPRING_START.lock();
        try {
            SpringApplication app = InProcessStub.application(settings.aheadOfTime());
            // the stub's context reads no configuration files (InProcessStub): its own settings come from here
            app.setDefaultProperties(stubDefaults());
            // Spring is set up (logging included): other starts may go on while this one loads its dataset
            app.addListeners((ApplicationListener<ApplicationStartedEvent>) event -> release.run());
            ConfigurableApplicationContext context = app.run(settings.arguments());
            return new RunningStub(settings, context, (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            throw new PartnerCenterStubStartException("The Partner Center Analytics stub did not start (" + settings + "): "
                    + reason(e), e);
        } finally {
            release.run();
        }
    }

    private static volatile Map<String, Object> stubDefaults;

    /**
     * The stub's own application.properties, read from its jar (not the first one on the class path), once. Read with
     * a JarFile of its own: a class loader over the jar would share the JDK's cached jar handle with other starts
     * running at the same time, and closing it closes theirs ("Stream closed").
     */
    private static synchronized Map<String, Object> stubDefaults() {
        if (stubDefaults != null) {
            return stubDefaults;
        }
        Path location;
        try {
            location = Path.of(StubApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the stub's jar", e);
        }
        Properties p = new Properties();
        try {
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("application.properties"))) {
                    p.load(in);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    JarEntry entry = jar.getJarEntry("application.properties");
                    if (entry == null) {
                        throw new IllegalStateException("The stub's jar " + location + " has no application.properties");
                    }
                    try (InputStream in = jar.getInputStream(entry)) {
                        p.load(in);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the stub's settings from " + location, e);
        }
        Map<String, Object> defaults = new HashMap<>();
        p.forEach((k, v) -> defaults.put((String) k, v));
        // Spring Boot applies logging levels JVM-wide: the runnable stub's root level would silence the team's own
        // logs. In a team's JVM the stub keeps quiet the libraries it brings instead, and leaves the rest as it is.
        defaults.remove("logging.level.root");
        defaults.put("logging.level.org.springframework", "WARN");
        defaults.put("logging.level.org.apache", "WARN");
        stubDefaults = Map.copyOf(defaults);
        return stubDefaults;
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

    /** Whether this stub's context was built from the code generated at build time, not from annotations. */
    boolean fromGeneratedContext() {
        return !(context instanceof org.springframework.context.annotation.AnnotationConfigRegistry);
    }

    /** Clears what one test left: scripted faults and the journal. */
    void reset() {
        controls.faults().clear();
        controls.journal().clear();
    }

    @Override
    public void close() {
        SPRING_START.lock();
        try {
            context.close();
        } finally {
            SPRING_START.unlock();
        }
    }
}
