package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the test class against the Partner Center Analytics stub, started in-process on a free port of 127.0.0.1.
 * Test methods (and lifecycle methods) take a {@link PartnerCenterStub} or a ready
 * {@code PartnerCenterAnalyticsClientBuilder} as parameters. Faults and the request journal reset after each test.
 *
 * <p>For settings built in code, register {@link PartnerCenterStubExtension} with {@code @RegisterExtension} instead.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(PartnerCenterStubExtension.class)
public @interface PartnerCenterStubTest {
    /** Seed of the generated dataset: the same seed and sizes give the same rows. */
    long seed() default StubSettings.DEFAULT_SEED;

    /** Multiplies the stub's default sizes (1.0: 2,000 customers, 20,000 subscriptions, 100,000 Azure usage rows). */
    double scale() default StubSettings.DEFAULT_SCALE;

    /** A directory of JSON-lines data files to serve instead of generated data (relative to the working directory). */
    String dataDirectory() default "";

    /** Any other stub setting, as {@code name=value} (e.g. {@code stub.unknown-parameters=warn}). */
    String[] properties() default {};

    /** {@link StubLifecycle#PER_RUN} (default): later classes with the same settings reuse the running stub. */
    StubLifecycle lifecycle() default StubLifecycle.PER_RUN;

    /**
     * {@code true} (default): the stub's application context is the one generated when the stub was built, as the
     * runnable jar starts it (faster; the stub's own settings still apply, while settings that switch Spring Boot's
     * auto-configurations on or off do not). {@code false}: built from the stub's annotations at start.
     */
    boolean aheadOfTime() default true;
}
