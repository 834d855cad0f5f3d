package com.partnercenter.analytics.stub.junit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Two classes share a stub only when every setting is equal (equals and hashCode are written out by hand). */
class StubSettingsTest {
    private static final StubSettings BASE = new StubSettings(42, 1.0, null, Map.of("a", "1"), StubLifecycle.PER_RUN, true);

    @Test
    void equalSettingsAreEqualWhateverTheOrderOfTheirProperties() {
        StubSettings same = new StubSettings(42, 1.0, null, new java.util.LinkedHashMap<>(Map.of("a", "1")), StubLifecycle.PER_RUN, true);
        assertThat(same).isEqualTo(BASE).hasSameHashCodeAs(BASE);
    }

    @Test
    void everySettingTellsTwoStubsApart() {
        List<StubSettings> others = List.of(
                new StubSettings(43, 1.0, null, Map.of("a", "1"), StubLifecycle.PER_RUN, true),
                new StubSettings(42, 0.5, null, Map.of("a", "1"), StubLifecycle.PER_RUN, true),
                new StubSettings(42, 1.0, Path.of("data"), Map.of("a", "1"), StubLifecycle.PER_RUN, true),
                new StubSettings(42, 1.0, null, Map.of("a", "2"), StubLifecycle.PER_RUN, true),
                new StubSettings(42, 1.0, null, Map.of("a", "1"), StubLifecycle.PER_CLASS, true),
                new StubSettings(42, 1.0, null, Map.of("a", "1"), StubLifecycle.PER_RUN, false));
        for (StubSettings other : others) {
            assertThat(other).as("%s", other).isNotEqualTo(BASE);
        }
    }
}
