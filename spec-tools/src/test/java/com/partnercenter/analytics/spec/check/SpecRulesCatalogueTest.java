package com.partnercenter.analytics.spec.check;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule catalogue and one rule on small documents of its own. Every rule is run on the real document and on a
 * broken copy of it per rule in the spec module (SpecRulesTest, BrokenDocumentTest); this checks the library alone.
 */
class SpecRulesCatalogueTest {
    private static AnalyticsSpec document(String operation) {
        String yaml = """
                openapi: 3.0.3
                info: {title: t, version: 1.0.0}
                tags: [{name: Items}]
                paths:
                  /items:
                    get:
                """ + operation.indent(6);
        return AnalyticsSpec.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test document");
    }

    @Test
    void theCatalogueHasThirteenRulesInIdOrderEachWithAReason() {
        List<SpecRule> rules = SpecRules.all();

        assertThat(rules).extracting(SpecRule::id).containsExactly("PC001", "PC002", "PC003", "PC004", "PC005", "PC006",
                "PC007", "PC008", "PC009", "PC010", "PC011", "PC012", "PC013");
        assertThat(rules).allSatisfy(rule -> assertThat(rule.reason()).isNotBlank());
    }

    @Test
    void anOperationWithItsMetadataPassesPc001() {
        AnalyticsSpec spec = document("""
                operationId: listItems
                summary: Items
                description: Every item.
                tags: [Items]
                security: [{bearer: []}]
                """);

        assertThat(OperationRules.operationMetadata(spec)).isEmpty();
    }

    @Test
    void pc001NamesEachMissingOrMisnamedPieceOfTheOperation() {
        AnalyticsSpec spec = document("""
                operationId: fetch_items
                tags: [Things]
                """);

        assertThat(OperationRules.operationMetadata(spec)).extracting(Violation::toString).containsExactly(
                "PC001 GET /items: operationId 'fetch_items' must be list/get followed by a PascalCase noun",
                "PC001 GET /items: no summary",
                "PC001 GET /items: no description",
                "PC001 GET /items: tag 'Things' is not declared in the top-level tags",
                "PC001 GET /items: no security requirement on the operation");
    }
}
