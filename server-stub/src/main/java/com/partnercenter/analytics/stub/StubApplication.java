package com.partnercenter.analytics.stub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.aop.AopAutoConfiguration;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration;
import org.springframework.boot.autoconfigure.info.ProjectInfoAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskExecutionAutoConfiguration;
import org.springframework.boot.autoconfigure.task.TaskSchedulingAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration;
import org.springframework.boot.autoconfigure.web.client.RestTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.autoconfigure.websocket.servlet.WebSocketServletAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Partner Center Analytics server stub. Run it with {@code ./run-stub} from the repository root, or
 * {@code java -jar server-stub/target/pc-analytics-server-stub-*-exec.jar}; settings as {@code --stub.data.seed=7} etc.
 */
@SpringBootApplication(exclude = {
        // the service's own error bodies replace Spring's error page (ApiExceptionHandler, ServiceErrorReportValve)
        ErrorMvcAutoConfiguration.class,
        // Not used by a GET-only JSON stub that writes its bodies itself; each cost start-up time (docs/benchmarks.md).
        AopAutoConfiguration.class, ApplicationAvailabilityAutoConfiguration.class, HttpClientAutoConfiguration.class,
        JacksonAutoConfiguration.class, MultipartAutoConfiguration.class, ProjectInfoAutoConfiguration.class,
        RestClientAutoConfiguration.class, RestTemplateAutoConfiguration.class, SqlInitializationAutoConfiguration.class,
        SslAutoConfiguration.class, TaskExecutionAutoConfiguration.class, TaskSchedulingAutoConfiguration.class,
        WebSocketServletAutoConfiguration.class})
@EnableConfigurationProperties(StubProperties.class)
public class StubApplication {
    /** Written by the build's {@code process-aot} step (spring-boot-maven-plugin) next to this class. */
    static final String AOT_INITIALIZER = StubApplication.class.getName() + "__ApplicationContextInitializer";

    public static void main(String[] args) {
        useAheadOfTimeContextWhenBuilt();
        SpringApplication app = new SpringApplication(StubApplication.class);
        app.addListeners(new EarlyStart(), new CdsTrainingRun());
        app.run(args);
    }

    /**
     * Builds the application context from the code Spring AOT generated at build time instead of from annotations
     * and conditions at run time: about 0.3 s of the stub's start-up on 2 cores (docs/benchmarks.md). Spring reads
     * the flag only from a system property, which {@code java -jar} cannot carry, hence here; an explicit
     * {@code -Dspring.aot.enabled=false} still wins. Tests that build the context themselves are unaffected.
     */
    static void useAheadOfTimeContextWhenBuilt() {
        useAheadOfTimeContextWhen(aheadOfTimeContextBuilt());
    }

    /** Whether the build generated the ahead-of-time context (the stub's jar from its Maven build always has it). */
    static boolean aheadOfTimeContextBuilt() {
        return StubApplication.class.getResource("/" + AOT_INITIALIZER.replace('.', '/') + ".class") != null;
    }

    static void useAheadOfTimeContextWhen(boolean built) {
        boolean generating = Boolean.getBoolean("spring.aot.processing"); // the build's process-aot step runs main()
        if (built && !generating && System.getProperty("spring.aot.enabled") == null) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }
}
