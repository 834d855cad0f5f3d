package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The Partner Center Analytics stub for JUnit 5 tests: {@code @PartnerCenterStubTest} on the class, or, for settings
 * built in code,
 * <pre>{@code
 * @RegisterExtension
 * static PartnerCenterStubExtension stub = PartnerCenterStubExtension.builder().seed(7).scale(0.1).build();
 * }</pre>
 * It starts the stub in-process on a free port of 127.0.0.1 when the first test class needs it and, by default,
 * leaves it running for later classes with the same settings ({@link StubLifecycle}); it resolves parameters of type
 * {@link PartnerCenterStub} and {@link PartnerCenterAnalyticsClientBuilder}; after each test it clears scripted
 * faults and the request journal.
 */
public final class PartnerCenterStubExtension implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PartnerCenterStubExtension.class);

    /** Null when the settings come from the test class's {@link PartnerCenterStubTest} (or its defaults). */
    private final StubSettings configured;

    /** Used by {@code @PartnerCenterStubTest} (and {@code @ExtendWith}): settings from the annotation. */
    public PartnerCenterStubExtension() {
        this.configured = null;
    }

    private PartnerCenterStubExtension(StubSettings settings) {
        this.configured = settings;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The stub of the current test class; for a {@code @RegisterExtension} field, after the class has started. */
    private PartnerCenterStub current;

    /** The running stub (e.g. {@code stub.stub().baseUrl()} from a static field), once a test class has started it. */
    public PartnerCenterStub stub() {
        if (current == null) {
            throw new IllegalStateException("The stub starts with the test class: use it from a test or lifecycle method");
        }
        return current;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        current = lease(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current = lease(context);
        current.reset(); // whatever ran before this test (another class's @AfterAll, a @BeforeAll) is not in its journal
    }

    @Override
    public void afterEach(ExtensionContext context) {
        lease(context).reset();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == PartnerCenterStub.class || type == PartnerCenterAnalyticsClientBuilder.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        PartnerCenterStub stub = lease(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == PartnerCenterStub.class) {
            return stub;
        }
        if (type == PartnerCenterAnalyticsClientBuilder.class) {
            return stub.clientBuilder();
        }
        throw new ParameterResolutionException("Not a stub parameter: " + type);
    }

    /** The test class's stub, leased once per class (kept in the class's store, released when the class ends). */
    private PartnerCenterStub lease(ExtensionContext context) {
        ExtensionContext classContext = classContext(context);
        StubSettings settings = configured != null ? configured : settingsOf(classContext);
        Lease lease = classContext.getStore(NAMESPACE).getOrComputeIfAbsent(Lease.class, k -> Lease.take(settings, context), Lease.class);
        return lease.stub;
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext c = context;
        while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
            c = c.getParent().get();
        }
        return c;
    }

    private static StubSettings settingsOf(ExtensionContext classContext) {
        Class<?> testClass = classContext.getRequiredTestClass();
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            var annotation = AnnotationSupport.findAnnotation(c, PartnerCenterStubTest.class);
            if (annotation.isPresent()) {
                return StubSettings.of(annotation.get());
            }
        }
        return new Builder().settings();
    }

    /** One test class's hold on a stub: per run, leased from the pool; per class, its own. */
    private static final class Lease implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        final RunningStub running;
        final PartnerCenterStub stub;
        final StubPool pool;

        private Lease(RunningStub running, StubPool pool) {
            this.running = running;
            this.stub = new PartnerCenterStub(running);
            this.pool = pool;
        }

        static Lease take(StubSettings settings, ExtensionContext context) {
            if (settings.lifecycle() == StubLifecycle.PER_CLASS) {
                return new Lease(RunningStub.start(settings), null);
            }
            StubPool pool = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(StubPool.class, k -> new StubPool(), StubPool.class);
            return new Lease(pool.lease(settings), pool);
        }

        @Override
        public void close() {
            if (pool == null) {
                running.close();
            } else {
                pool.release(running);
            }
        }
    }

    /** Settings for {@code @RegisterExtension}; the defaults are {@link PartnerCenterStubTest}'s. */
    public static final class Builder {
        private long seed = StubSettings.DEFAULT_SEED;
        private double scale = StubSettings.DEFAULT_SCALE;
        private Path dataDirectory;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private StubLifecycle lifecycle = StubLifecycle.PER_RUN;
        private boolean aheadOfTime = true;

        private Builder() {
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        public Builder scale(double scale) {
            this.scale = scale;
            return this;
        }

        /** Serve the JSON-lines files of this directory instead of generated data (server-stub's README: data files). */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            return this;
        }

        /** Any stub setting, e.g. {@code property("stub.data.subscriptions", "500")}. */
        public Builder property(String name, String value) {
            properties.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
            return this;
        }

        public Builder lifecycle(StubLifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
            return this;
        }

        /** {@link PartnerCenterStubTest#aheadOfTime()}: {@code false} builds the stub's context from its annotations. */
        public Builder aheadOfTime(boolean aheadOfTime) {
            this.aheadOfTime = aheadOfTime;
            return this;
        }

        StubSettings settings() {
            return new StubSettings(seed, scale, dataDirectory, properties, lifecycle, aheadOfTime);
        }

        public PartnerCenterStubExtension build() {
            return new PartnerCenterStubExtension(settings());
        }
    }
}
