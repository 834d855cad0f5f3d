package com.example.startupfailure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Applications with the starter that cannot start: what their users see (Spring Boot's failure report, no stack trace). */
@ExtendWith(OutputCaptureExtension.class)
class StartupFailureReportTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ApplicationWithoutTokenSupplier {
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ApplicationWithTokenSupplier {
        @org.springframework.context.annotation.Bean
        com.partnercenter.analytics.spring.PartnerCenterTokenSupplier tokens() {
            return () -> "token";
        }
    }

    @Test
    void aValueTheBuilderRefusesFailsTheStartWithSpringBootsInvalidPropertyReport(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ApplicationWithTokenSupplier.class,
                "--spring.main.web-application-type=none", "--spring.main.banner-mode=off",
                "--partnercenter.analytics.retry.max-attempts=0"));

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Invalid value '0' for configuration property 'partnercenter.analytics.retry.max-attempts'")
                .contains("maxAttempts must be at least 1, was 0");
    }

    @Test
    void theStartFailsWithSpringBootsReportNamingTheBeanToProvide(CapturedOutput output) {
        assertThatThrownBy(() -> SpringApplication.run(ApplicationWithoutTokenSupplier.class,
                "--spring.main.web-application-type=none", "--spring.main.banner-mode=off"))
                .hasRootCauseInstanceOf(com.partnercenter.analytics.spring.MissingTokenSupplierException.class);

        assertThat(output.getOut() + output.getErr())
                .contains("APPLICATION FAILED TO START")
                .contains("Description:")
                .contains("has no bean of type com.partnercenter.analytics.spring.PartnerCenterTokenSupplier")
                .contains("Action:")
                .contains("Define a bean of type com.partnercenter.analytics.spring.PartnerCenterTokenSupplier")
                .doesNotContain("\tat org.springframework");
    }
}
