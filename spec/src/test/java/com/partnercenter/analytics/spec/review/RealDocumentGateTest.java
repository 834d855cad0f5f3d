package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.partnercenter.analytics.spec.review.BreakingChangeGate.Options;
import com.partnercenter.analytics.spec.review.BreakingChangeGate.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The gate on the real document: against the committed baseline (this is the gate of the test command, and it
 * writes the report to target/spec-diff/report.md), against git HEAD, and on a broken copy.
 */
class RealDocumentGateTest {
    static final Path DOCUMENT = Path.of("src/main/openapi/partner-center-analytics.yaml");
    static final Options OPTIONS = new Options(DOCUMENT, Path.of("baseline/partner-center-analytics.yaml"), "",
            Path.of("breaking-changes-acknowledged.yaml"), Path.of("CHANGELOG.md"));

    @Test
    void theDocumentPassesTheGateAgainstTheCommittedBaseline() throws IOException {
        Result result = BreakingChangeGate.run(OPTIONS);
        BreakingChangeGate.write(result, Path.of("target/spec-diff"));

        assertThat(result.failures()).as(result.report()).isEmpty();
        assertThat(result.warnings()).isEmpty();
        assertThat(result.passed()).isTrue();
        assertThat(BreakingChangeGate.semver(result.currentVersion())).as("info.version is MAJOR.MINOR.PATCH").isNotNull();
    }

    @Test
    void theDocumentPassesTheGateAgainstGitHead() {
        assumeTrue(insideGitWorkTree(), "not a git work tree (e.g. a source archive)");

        Result result = BreakingChangeGate.run(OPTIONS.withBaselineRef("HEAD"));

        assertThat(result.comparisonError()).isNull();
        assertThat(result.baselineSource()).isEqualTo("git ref HEAD");
        assertThat(result.failures()).as(result.report()).isEmpty();
    }

    @Test
    void aPropertyRemovedFromTheRealDocumentFailsTheGate(@TempDir Path dir) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        ObjectNode doc = (ObjectNode) yaml.readTree(DOCUMENT.toFile());
        ((ObjectNode) doc.at("/components/schemas/Subscription/properties")).remove("churnRisk");
        Path broken = dir.resolve("partner-center-analytics.yaml");
        yaml.writeValue(broken.toFile(), doc);

        Result result = BreakingChangeGate.run(new Options(broken, OPTIONS.baselineFile(), "", OPTIONS.acknowledged(), null));

        assertThat(result.passed()).isFalse();
        // Only the removal is new and unacknowledged (acknowledged changes of the document itself may sit beside it).
        assertThat(result.changes()).filteredOn(a -> a.change().breaking() && !a.acknowledged())
                .extracting(a -> a.change().id()).containsExactly("schema Subscription.churnRisk: property removed");
    }

    static boolean insideGitWorkTree() {
        try {
            Process p = new ProcessBuilder("git", "rev-parse", "--is-inside-work-tree").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).trim().equals("true") && p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
