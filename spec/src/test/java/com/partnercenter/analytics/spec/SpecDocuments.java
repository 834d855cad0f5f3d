package com.partnercenter.analytics.spec;

import java.nio.file.Path;

/** Where the spec module's tests find the document and its companions. */
final class SpecDocuments {
    static final Path DOCUMENT = Path.of("src/main/openapi/partner-center-analytics.yaml");
    static final Path LINT_SUPPRESSIONS = Path.of("lint/style-validator-suppressions.yaml");
    static final Path BROKEN_CASES = Path.of("src/test/resources/broken");
    static final Path BROKEN_OUTPUT = Path.of("target/broken-documents");

    private SpecDocuments() {
    }
}
