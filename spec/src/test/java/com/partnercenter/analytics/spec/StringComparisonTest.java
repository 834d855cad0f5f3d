package com.partnercenter.analytics.spec;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** DEV-42: how string values compare, as the capability matrix states it per field. */
class StringComparisonTest {
    static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    @Test
    void everyStringFieldOfEveryMatrixStatesItsComparison() {
        int stated = 0;
        for (OperationDescriptor op : SPEC.operations().values()) {
            if (op.query().isEmpty()) {
                continue;
            }
            JsonNode fields = SPEC.document().path("paths").path(op.path()).path("get").path("x-pc-query").path("fields");
            for (FieldCapability f : op.query().get().fields().values()) {
                if (f.type() == FieldType.STRING) {
                    assertThat(fields.path(f.name()).has("compare")).as(op.operationId() + "." + f.name()).isTrue();
                    stated++;
                }
            }
        }
        assertThat(stated).isEqualTo(55);
    }

    @Test
    void onlySubscriptionTypeIsCaseSensitiveAndGuidsIgnoreCaseEverywhere() {
        for (OperationDescriptor op : SPEC.operations().values()) {
            op.query().ifPresent(q -> q.fields().values().stream().filter(f -> f.type() == FieldType.STRING).forEach(f ->
                    assertThat(f.comparison()).as(op.operationId() + "." + f.name()).isEqualTo(
                            f.name().equals("subscriptionType") ? StringComparison.CASE_SENSITIVE : StringComparison.IGNORE_CASE)));
        }
        assertThat(SPEC.queryCapabilities("listLicenseDeployments").field("customerTenantId").orElseThrow().ignoresCase()).isTrue();
        assertThat(SPEC.queryCapabilities("listSubscriptions").field("subscriptionType").orElseThrow().ignoresCase()).isFalse();
    }

    @Test
    void fieldsThatAreNotStringsCompareExactly() {
        assertThat(SPEC.queryCapabilities("listSubscriptions").field("creationDate").orElseThrow().comparison())
                .isEqualTo(StringComparison.CASE_SENSITIVE);
    }

    @ParameterizedTest
    @CsvSource({
            "IGNORE_CASE, O365, o365, true",
            "IGNORE_CASE, 0112a436-b14e-4888-967b-ca4bb2cf1234, 0112A436-B14E-4888-967B-CA4BB2CF1234, true",
            "IGNORE_CASE, Reseller, resellers, false",
            "CASE_SENSITIVE, Azure, azure, false",
            "CASE_SENSITIVE, Azure, Azure, true",
    })
    void equality(StringComparison comparison, String a, String b, boolean equal) {
        assertThat(comparison.equal(a, b)).isEqualTo(equal);
        assertThat(comparison.fold(a).equals(comparison.fold(b))).isEqualTo(equal);
    }

    @Test
    void containsAndOrder() {
        assertThat(StringComparison.IGNORE_CASE.contains("Contoso Ltd", "CONTOSO")).isTrue();
        assertThat(StringComparison.CASE_SENSITIVE.contains("Contoso Ltd", "CONTOSO")).isFalse();
        assertThat(StringComparison.IGNORE_CASE.compare("apple", "Banana")).isNegative();
        assertThat(StringComparison.CASE_SENSITIVE.compare("apple", "Banana")).isPositive();
    }

    @Test
    void aMatrixWithAnUnknownComparisonOrOneOnANonStringFieldIsRefused() throws Exception {
        String document = Files.readString(SpecDocuments.DOCUMENT);
        String unknown = document.replace("subscriptionType: {filter: [eq, ne], groupby: true, compare: case-sensitive}",
                "subscriptionType: {filter: [eq, ne], groupby: true, compare: sometimes}");
        assertThat(unknown).isNotEqualTo(document);
        assertThatThrownBy(() -> AnalyticsSpec.read(new ByteArrayInputStream(unknown.getBytes(StandardCharsets.UTF_8)), "unknown").operations())
                .hasMessageContaining("compare must be 'case-sensitive' or 'ignore-case', not 'sometimes'");
        String onBoolean = document.replace("autoRenewEnabled: {filter: [eq, ne], groupby: true}",
                "autoRenewEnabled: {filter: [eq, ne], groupby: true, compare: ignore-case}");
        assertThat(onBoolean).isNotEqualTo(document);
        assertThatThrownBy(() -> AnalyticsSpec.read(new ByteArrayInputStream(onBoolean.getBytes(StandardCharsets.UTF_8)), "boolean").operations())
                .hasMessageContaining("compare applies to string fields only");
    }
}
