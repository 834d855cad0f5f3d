package com.example.nosupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An application with the starter but no token supplier bean: what its user sees when it fails to start. */
@ExtendWith(OutputCaptureExtension.class)
class MissingTokenSupplierStartupTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class ApplicationWithoutTokenSupplier {
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
