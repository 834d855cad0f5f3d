package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A bad data file fails the test class with the file, the line and the reason, and the JVM goes on. */
class BadDataFileTest {
    @Test
    void theClassFailsNamingFileAndLine() throws Exception {
        Path dir = Path.of(BadDataFileFixture.DIRECTORY);
        Files.createDirectories(dir);
        Path file = dir.resolve("Subscription.jsonl");
        Files.writeString(file, "{\"customerTenantId\":\"76906668-27FC-4F5B-A35C-75A9823E13AF\",\"autoRenewEnabled\":true}\n"
                + "{\"customerTenantId\":\"76906668-27FC-4F5B-A35C-75A9823E13AF\",\"autoRenewEnabled\":\"yes\"}\n");

        TestExecutionSummary summary = FixtureRunner.run(BadDataFileFixture.class);

        assertThat(summary.getTestsSucceededCount()).isZero();
        assertThat(summary.getFailures()).hasSize(1);
        Throwable failure = summary.getFailures().get(0).getException();
        assertThat(failure).isInstanceOf(PartnerCenterStubStartException.class);
        assertThat(failure.getMessage())
                .contains("bad data file")
                .contains(file.toAbsolutePath() + ":2:")
                .contains("autoRenewEnabled");
    }
}
