package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two test classes using the extension, run in parallel in one JVM (JUnit's parallel mode, classes concurrent): both
 * pass, each on its own stub and port (the fixtures wait for each other, so they provably overlap).
 */
class ParallelClassesTest {
    @Test
    void twoClassesInParallelEachGetTheirOwnStub() {
        ParallelClasses.BASE_URLS.clear();
        TestExecutionSummary summary = FixtureRunner.run(true, ParallelClassAFixture.class, ParallelClassBFixture.class);
        assertThat(summary.getFailures()).extracting(f -> f.getTestIdentifier().getDisplayName() + ": " + f.getException()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4);
        assertThat(ParallelClasses.BASE_URLS).hasSize(2);
    }
}
