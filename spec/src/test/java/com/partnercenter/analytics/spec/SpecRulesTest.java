package com.partnercenter.analytics.spec;

import com.partnercenter.analytics.spec.check.SpecRule;
import com.partnercenter.analytics.spec.check.SpecRules;
import com.partnercenter.analytics.spec.check.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class SpecRulesTest {
    static final AnalyticsSpec SPEC = AnalyticsSpec.read(SpecDocuments.DOCUMENT);

    static List<SpecRule> rules() {
        return SpecRules.all();
    }

    @ParameterizedTest(name = "{0} holds for the document")
    @MethodSource("rules")
    void everyRuleHoldsForTheDocument(SpecRule rule) {
        List<Violation> violations = rule.check(SPEC);
        assertThat(violations)
                .as("%s (%s) is broken at:%n%s", rule.id(), rule.reason(),
                        violations.stream().map(Violation::toString).collect(Collectors.joining(System.lineSeparator())))
                .isEmpty();
    }

    @Test
    void everyRuleHasAUniqueIdAndAReason() {
        assertThat(rules()).extracting(SpecRule::id).doesNotHaveDuplicates().allMatch(id -> id.matches("PC\\d{3}"));
        assertThat(rules()).allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
    }
}
