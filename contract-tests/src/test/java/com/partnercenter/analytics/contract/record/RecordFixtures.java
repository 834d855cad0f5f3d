package com.partnercenter.analytics.contract.record;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The recording command. Not part of the normal test run: the {@code record-fixtures} profile runs only this
 * class.
 * <pre>
 *   ./mvnw -B -ntp -pl contract-tests -am verify -Precord-fixtures                   # against the stub (started here)
 *   ./mvnw -B -ntp -pl contract-tests -am verify -Precord-fixtures \
 *       -Dtarget=https://api.partnercenter.microsoft.com -Dtoken=$TOKEN              # against any base URL
 * </pre>
 * It rewrites the recorded fixtures under {@code src/test/resources/wiremock/} (quirk fixtures stay).
 */
class RecordFixtures {
    @Test
    void recordTheScenariosIntoTheCorpus() {
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        List<Scenario> scenarios = ScenarioFile.read(ScenarioFile.SOURCE, spec);
        String target = System.getProperty("target", "");
        List<Path> written;
        if (target.isBlank() || target.startsWith("$")) {
            try (StubProcess stub = StubProcess.start()) {
                Recorder recorder = new Recorder(spec, stub.baseUrl(), "contract-test-token", true);
                written = FixtureWriter.sourceCorpus().replaceRecorded(recorder.record(scenarios), recorder);
            }
        } else {
            String token = System.getProperty("token", "");
            assertThat(token).as("-Dtoken=<bearer token> is needed to record " + target).isNotBlank();
            Recorder recorder = new Recorder(spec, target, token, false);
            written = FixtureWriter.sourceCorpus().replaceRecorded(recorder.record(scenarios), recorder);
        }
        System.out.println("Recorded " + written.size() + " files under " + FixtureWriterPaths.root());
        assertThat(written).isNotEmpty();
    }

    private static final class FixtureWriterPaths {
        static Path root() {
            return com.partnercenter.analytics.contract.fixture.FixtureLoader.SOURCE_CORPUS.toAbsolutePath();
        }
    }
}
