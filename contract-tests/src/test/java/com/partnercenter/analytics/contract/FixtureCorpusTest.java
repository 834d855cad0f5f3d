package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.check.DeviationEvidence;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureKind;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The corpus follows its own conventions; quirk fixtures claim only deviations the spec records and they show. */
class FixtureCorpusTest {
    private static List<Fixture> fixtures;
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    @BeforeAll
    static void load() {
        fixtures = FixtureLoader.sourceCorpus().loadAll();
    }

    @Test
    void everyMappingFileIsAWellFormedFixtureOfAKnownOperation() {
        assertThat(fixtures).isNotEmpty();
        assertThat(fixtures)
                .allSatisfy(f -> assertThat(SPEC.operation(f.operationId()))
                        .as("%s: metadata.operationId", f.file()).isPresent());
    }

    @Test
    void everyQuirkFixtureCoversTheDocumentedQuirksItWasWrittenFor() {
        Map<String, Long> quirksPerOperation = new HashMap<>();
        fixtures.stream().filter(Fixture::isQuirk).forEach(f -> quirksPerOperation.merge(f.operationId(), 1L, Long::sum));
        // Every operation has at least one documentation example turned into a quirk fixture.
        assertThat(quirksPerOperation.keySet()).containsExactlyInAnyOrderElementsOf(SPEC.operations().keySet());
        Set<String> all = new java.util.HashSet<>();
        fixtures.stream().filter(Fixture::isQuirk).forEach(f -> all.addAll(f.deviations()));
        // The quirks named in the issue: dates (DEV-10), string counts (DEV-06), extra fields (DEV-16),
        // extra enum values (DEV-17), the bare 429 body (DEV-20), the numeric error code (DEV-09),
        // the indirect reseller sentinel and key (DEV-31, DEV-12), mpnId (DEV-08), licenseActive (DEV-13).
        assertThat(all).contains("DEV-02", "DEV-06", "DEV-08", "DEV-09", "DEV-10", "DEV-12", "DEV-13", "DEV-16",
                "DEV-17", "DEV-20", "DEV-31");
    }

    @Test
    void quirkFixturesListDeviationIdsThatExistInTheSpec() {
        Set<String> declared = DeviationEvidence.declaredIds(SPEC);
        List<String> problems = new ArrayList<>();
        for (Fixture f : fixtures) {
            if (f.isQuirk() && f.deviations().isEmpty()) {
                problems.add(f.file() + ": a quirk fixture lists no metadata.deviations");
            }
            if (!f.isQuirk() && !f.deviations().isEmpty()) {
                problems.add(f.file() + ": a recorded fixture lists deviations " + f.deviations());
            }
            for (String id : f.deviations()) {
                if (!declared.contains(id)) {
                    problems.add(f.file() + ": metadata.deviations names " + id + ", which no x-pc-doc-deviation of the spec declares");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void quirkFixturesShowEveryDeviationTheyList() {
        List<String> problems = new ArrayList<>();
        for (Fixture f : fixtures) {
            for (String id : f.deviations()) {
                if (!DeviationEvidence.shows(f, id, SPEC)) {
                    problems.add(f.file() + ": lists " + id + " but does not show " + DeviationEvidence.expectation(id).orElse("it"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noTwoFixturesOfOneKindMatchTheSameRequest() {
        for (FixtureKind kind : FixtureKind.values()) {
            Map<String, String> seen = new HashMap<>();
            List<String> clashes = new ArrayList<>();
            for (Fixture f : fixtures) {
                if (f.kind() != kind) {
                    continue;
                }
                String key = f.request().describe() + " " + f.request().headers();
                String previous = seen.put(key, f.file());
                if (previous != null) {
                    clashes.add(previous + " and " + f.file() + " both match " + f.request().describe());
                }
            }
            assertThat(clashes).as("%s fixtures", kind.wireName()).isEmpty();
        }
    }

    @Test
    void everyDeviationIdTheEvidenceTableTestsIsDeclaredInTheSpec() {
        assertThat(DeviationEvidence.declaredIds(SPEC)).containsAll(DeviationEvidence.testableIds());
    }
}
