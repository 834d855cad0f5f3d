package com.partnercenter.analytics.stub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Partner Center Analytics server stub. Run it with {@code ./run-stub} from the repository root, or
 * {@code java -jar server-stub/target/pc-analytics-server-stub-*-exec.jar}; settings as {@code --stub.data.seed=7} etc.
 */
@SpringBootApplication(exclude = ErrorMvcAutoConfiguration.class)
@EnableConfigurationProperties(StubProperties.class)
public class StubApplication {
    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(StubApplication.class);
        app.addListeners(new EarlyStart());
        app.run(args);
    }
}
