package com.partnercenter.analytics.spec;

import com.partnercenter.analytics.spec.check.StyleLint;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StyleLintTest {

    @Test
    void theDocumentPassesTheLinterWithOnlyTheListedSuppressions() {
        assertThat(StyleLint.fromSuppressions(SpecDocuments.LINT_SUPPRESSIONS).lint(SpecDocuments.DOCUMENT)).isEmpty();
    }

    @Test
    void aSuppressionWithoutReasonIsRefused() throws Exception {
        Path file = Files.createTempFile("suppressions", ".yaml");
        Files.writeString(file, "suppressions:\n  validateInfoContact:\n    value: false\n");
        assertThatThrownBy(() -> StyleLint.fromSuppressions(file))
                .hasMessageContaining("suppression 'validateInfoContact' has no reason");
    }

    @Test
    void aSuppressionOfAnUnknownOptionIsRefused() throws Exception {
        Path file = Files.createTempFile("suppressions", ".yaml");
        Files.writeString(file, "suppressions:\n  validateEverything:\n    value: false\n    reason: because\n");
        assertThatThrownBy(() -> StyleLint.fromSuppressions(file))
                .hasMessageContaining("'validateEverything' is not an option of openapi-style-validator");
    }
}
