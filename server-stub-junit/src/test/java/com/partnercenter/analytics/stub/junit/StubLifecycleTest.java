package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PER_RUN (default): a later class with the same settings reuses the stub; other settings or PER_CLASS start another. */
class StubLifecycleTest {
    @Test
    void laterClassesWithTheSameSettingsReuseTheStub() {
        ReuseFixtures.SEEN.clear();
        TestExecutionSummary summary = FixtureRunner.run(ReuseFixtures.First.class, ReuseFixtures.SameSettings.class,
                ReuseFixtures.OtherSeed.class, ReuseFixtures.OwnStub.class);
        assertThat(summary.getFailures()).isEmpty();
        assertThat(summary.getTestsSucceededCount()).isEqualTo(4);

        List<String> seen = ReuseFixtures.SEEN;
        String first = url(seen, "First ");
        assertThat(url(seen, "SameSettings ")).as("same settings: the same stub").isEqualTo(first);
        assertThat(url(seen, "OtherSeed ")).as("another seed: another stub").isNotEqualTo(first);
        assertThat(url(seen, "OwnStub ")).as("PER_CLASS: its own stub").isNotEqualTo(first).isNotEqualTo(url(seen, "OtherSeed "));
    }

    private static String url(List<String> seen, String prefix) {
        return seen.stream().filter(s -> s.startsWith(prefix)).findFirst().orElseThrow().substring(prefix.length());
    }
}
