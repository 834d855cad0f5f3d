package com.partnercenter.analytics.contract.record;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording is deterministic: two stubs started with the same seed, each recorded into its own folder, give
 * byte-identical files, and the same set of files as the committed corpus.
 */
class RecordingDeterminismTest {
    @TempDir
    Path first;
    @TempDir
    Path second;

    @Test
    void recordingTwiceWithTheSameSeedGivesByteIdenticalFixtures() throws IOException {
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        List<Scenario> scenarios = ScenarioFile.read(ScenarioFile.SOURCE, spec);
        for (Path out : List.of(first, second)) {
            try (StubProcess stub = StubProcess.start()) {
                Recorder recorder = new Recorder(spec, stub.baseUrl(), "contract-test-token", true);
                new FixtureWriter(out).replaceRecorded(recorder.record(scenarios), recorder);
            }
        }
        Map<String, byte[]> a = files(first);
        Map<String, byte[]> b = files(second);
        assertThat(a).isNotEmpty();
        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
        // The committed corpus holds exactly these recorded files (no stale or missing scenario).
        Map<String, byte[]> committed = files(Path.of("src/test/resources/wiremock"));
        committed.keySet().removeIf(name -> name.matches("mappings/[^/]+/\\d{3}-quirk-.*"));
        assertThat(committed.keySet()).isEqualTo(a.keySet());
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return out;
    }
}
