package com.partnercenter.analytics.benchmarks.floor;

import com.partnercenter.analytics.stub.StubApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The floor of any Spring Boot stub's start-up: a Spring Boot web application (Tomcat, Spring MVC) with one
 * controller and nothing else, built ahead of time like the stub (the benchmarks module's {@code process-aot}) and
 * with the stub's auto-configuration exclusions (read from {@link StubApplication}'s annotation), so it differs from
 * the stub only by the stub's own beans, spec and dataset.
 * {@link com.partnercenter.analytics.benchmarks.ExtensionStartup} starts it in a fresh JVM beside the extension and
 * WireMock.
 */
@SpringBootApplication
@RestController
public class EmptySpringBootApp {
    /** The one endpoint, for the first answer. */
    public static final String PATH = "/hello";

    @GetMapping(PATH)
    String hello() {
        return "hello";
    }

    /** Starts it on a free loopback port, from the generated context when the build made one. */
    public static ConfigurableApplicationContext start() {
        boolean generating = Boolean.getBoolean("spring.aot.processing"); // the build's process-aot step runs main()
        if (!generating && EmptySpringBootApp.class.getResource("EmptySpringBootApp__ApplicationContextInitializer.class") != null) {
            System.setProperty("spring.aot.enabled", "true"); // its own JVM: no other context to affect
        }
        SpringApplication app = new SpringApplication(EmptySpringBootApp.class);
        app.setMainApplicationClass(EmptySpringBootApp.class); // names the generated initializer; the caller's main may be another class
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.setDefaultProperties(Map.of("spring.config.name", "none", "server.port", "0", "server.address", "127.0.0.1",
                // also when the build's process-aot step runs main(): the generated context is built without them
                "spring.autoconfigure.exclude", stubExclusions()));
        return app.run();
    }

    /** The auto-configurations the stub turns off, as {@code spring.autoconfigure.exclude} takes them. */
    static String stubExclusions() {
        return Arrays.stream(StubApplication.class.getAnnotation(SpringBootApplication.class).exclude())
                .map(Class::getName).collect(Collectors.joining(","));
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** The build's {@code process-aot} step runs this to generate the context. */
    public static void main(String[] args) {
        start();
    }
}
