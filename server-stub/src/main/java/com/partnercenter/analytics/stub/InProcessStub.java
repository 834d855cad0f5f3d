package com.partnercenter.analytics.stub;

import org.springframework.boot.ApplicationContextFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessorApplicationListener;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.aot.AotApplicationContextInitializer;

import java.util.ArrayList;
import java.util.List;

/**
 * The stub as a {@link SpringApplication} inside someone else's JVM (the JUnit extension of
 * {@code pc-analytics-stub-junit}): no banner, no shutdown hook, and, when the build generated it, the
 * ahead-of-time application context that the runnable jar starts from.
 *
 * <p>{@code java -jar} turns the generated context on with the JVM-wide {@code spring.aot.enabled} flag
 * ({@link StubApplication#main}); a test JVM must not, because the flag would switch every other Spring context of the
 * team's tests to generated code they do not have. So this application does for itself alone what Spring Boot does
 * under the flag: it builds a plain (not annotation-configured) servlet context, lets the generated initializer
 * register the beans, and registers no sources of its own. Settings are bound when the stub starts, as with the
 * runnable jar; what the build fixed is which of Spring Boot's auto-configurations are on.
 *
 * <p>Settings come only from the caller ({@link SpringApplication#setDefaultProperties}, arguments) and the JVM's
 * system properties and environment: the stub reads no configuration files in someone else's JVM (a Spring Boot
 * application's test class path has its own {@code application.properties}, which would also hide the stub's, and a
 * {@code spring.config.additional-location} of the team's names files whatever their name). So Spring Boot's
 * environment post-processors (configuration files, {@code SPRING_APPLICATION_JSON}, random values) do not run.
 */
public final class InProcessStub {
    /** Spring Boot's initializer that tunes annotation processing; with the generated context there is none to tune. */
    private static final String ANNOTATION_PROCESSING_TUNER =
            "org.springframework.boot.autoconfigure.SharedMetadataReaderFactoryContextInitializer";

    private InProcessStub() {
    }

    /**
     * A new application for one in-process stub; with {@code aheadOfTime} (and a stub built with its generated
     * context) from the generated context, otherwise from the annotations as in the stub's own tests. The dataset starts
     * loading as soon as the settings are known ({@link EarlyStart}), as with the runnable jar.
     */
    public static SpringApplication application(boolean aheadOfTime) {
        SpringApplication app = aheadOfTime && StubApplication.aheadOfTimeContextBuilt() ? new AheadOfTime() : new SpringApplication(StubApplication.class);
        app.setMainApplicationClass(StubApplication.class);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setRegisterShutdownHook(false);
        app.addListeners(new EarlyStart());
        List<ApplicationListener<?>> listeners = new ArrayList<>(app.getListeners());
        listeners.removeIf(EnvironmentPostProcessorApplicationListener.class::isInstance);
        app.setListeners(listeners);
        return app;
    }

    /** The generated context for this application only, as Spring Boot builds it under {@code spring.aot.enabled}. */
    private static final class AheadOfTime extends SpringApplication {
        AheadOfTime() {
            super(StubApplication.class);
            setApplicationContextFactory(ApplicationContextFactory.of(ServletWebServerApplicationContext::new));
            List<ApplicationContextInitializer<?>> initializers = new ArrayList<>();
            initializers.add(AotApplicationContextInitializer.forInitializerClasses(StubApplication.AOT_INITIALIZER));
            for (ApplicationContextInitializer<?> initializer : getInitializers()) {
                if (!initializer.getClass().getName().equals(ANNOTATION_PROCESSING_TUNER)) {
                    initializers.add(initializer);
                }
            }
            setInitializers(initializers);
        }

        /** The generated initializer registers every bean; loading the sources too would register them twice. */
        @Override
        protected void load(ApplicationContext context, Object[] sources) {
        }
    }
}
