package com.partnercenter.analytics.contract;

import com.partnercenter.analytics.contract.check.ContractValidator;
import com.partnercenter.analytics.contract.check.Finding;
import com.partnercenter.analytics.contract.fixture.Fixture;
import com.partnercenter.analytics.contract.fixture.FixtureLoader;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change to the spec that the wire does not follow fails the corpus, with messages naming the fixture and the
 * field: the spec is edited in memory (one field type, one field name) and the unchanged corpus is validated
 * against it.
 */
class SpecChangeDetectionTest {
    private static final List<Fixture> CORPUS = FixtureLoader.sourceCorpus().loadAll();

    @Test
    void changingOneFieldTypeInTheSpecFailsTheFixturesThatCarryTheField() throws IOException {
        String changed = replaceOnce(bundledSpec(),
                "        autoRenewEnabled:\n          type: boolean\n",
                "        autoRenewEnabled:\n          type: string\n");

        List<Finding> findings = violations(new ContractValidator(changed));

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.where()).contains("autoRenewEnabled"));
        assertThat(findings).extracting(Finding::toString)
                .anySatisfy(m -> assertThat(m)
                        .startsWith("mappings/listSubscriptions/200-quirk-doc-all-subscriptions.json: response.body $.Value[0].autoRenewEnabled"))
                .anySatisfy(m -> assertThat(m)
                        .startsWith("mappings/listSubscriptions/200-quirk-doc-filtered-auto-renew.json: response.body $.Value[0].autoRenewEnabled"));
    }

    @Test
    void renamingOneFieldInTheSpecFailsTheFixturesThatSendTheOldName() throws IOException {
        String changed = replaceOnce(bundledSpec(), "        churnRisk:\n          type: string\n",
                "        churnRiskLevel:\n          type: string\n");

        List<Finding> findings = violations(new ContractValidator(changed));

        assertThat(findings).isNotEmpty();
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.check()).isEqualTo("response.body.unknownProperty");
            assertThat(f.where()).endsWith(".churnRisk");
        });
        assertThat(findings).extracting(Finding::toString).contains(
                "mappings/listSubscriptions/200-quirk-doc-all-subscriptions.json: response.body $.Value[0].churnRisk: "
                        + "unknown property 'churnRisk' (not declared by the schema) (schema SubscriptionPage) [response.body.unknownProperty]");
    }

    @Test
    void theUnchangedSpecAcceptsTheCorpus() throws IOException {
        assertThat(violations(new ContractValidator(bundledSpec()))).isEmpty();
    }

    private static List<Finding> violations(ContractValidator validator) {
        List<Finding> all = new ArrayList<>();
        CORPUS.forEach(f -> all.addAll(validator.violations(f)));
        return all;
    }

    private static String bundledSpec() throws IOException {
        try (InputStream in = AnalyticsSpec.class.getClassLoader().getResourceAsStream(AnalyticsSpec.CLASSPATH_LOCATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String replaceOnce(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("the spec contains %s", from).isNotNegative();
        assertThat(text.indexOf(from, at + 1)).as("the spec contains %s once", from).isNegative();
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
