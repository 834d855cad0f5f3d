package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The Partner Center rule set for the OpenAPI document: the catalogue of rules (id, reason, check) and what they
 * share. The checks themselves are in {@link OperationRules}, {@link SchemaRules} and {@link ContentRules}. Every
 * rule runs in the build (the spec module's SpecRulesTest) and each is shown to catch a violation
 * (BrokenDocumentTest there).
 */
public final class SpecRules {
    /** Error statuses every operation documents (issue: at least these). */
    public static final List<String> REQUIRED_ERROR_STATUSES = List.of("400", "401", "403", "404", "429", "500", "503");
    static final Set<String> WIRE_FORMATS = Set.of("local-date-time", "offset-date-time", "date");
    static final Pattern OPERATION_ID = Pattern.compile("(list|get)[A-Z][A-Za-z]+");
    static final Pattern TAG = Pattern.compile("[A-Z][A-Za-z]+");
    static final Pattern DEV_ID = Pattern.compile("DEV-\\d{2}");
    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");

    private SpecRules() {
    }

    /** Every rule, in id order. */
    public static List<SpecRule> all() {
        return List.of(
                rule("PC001", "Every operation has an operationId (list/get + PascalCase noun), summary, description, declared PascalCase tags and a security requirement, so generated code and rendered docs read well.",
                        OperationRules::operationMetadata),
                rule("PC002", "Every operation has a 2xx JSON response with a $ref schema and named examples, so reviewers see what the wire carries.",
                        OperationRules::successExamples),
                rule("PC003", "Every operation documents the shared error responses, and every 4xx/5xx response uses the shared error body (ThrottlingError for 429), so clients decode errors one way.",
                        OperationRules::errorResponses),
                rule("PC004", "Every schema, property, parameter, header and response has a description, and every scalar property an example: the spec is the documentation.",
                        SchemaRules::descriptions),
                rule("PC005", "Every example validates against its schema (formats included, no undeclared properties), so examples never lie.",
                        ContentRules::examplesValidate),
                rule("PC006", "The query capability matrix names only fields of the row schema, with operators their type supports, and only for parameters the operation has.",
                        ContentRules::capabilityMatrix),
                rule("PC007", "Every date field states its wire format in x-pc-wire-format, and its format keeps the standard meaning (DEV-36): date-time only for offset-date-time, "
                        + "local-date-time (with a pattern) for values sent without offset, date for bare dates, so standard tools read the wire as it is.",
                        SchemaRules::dateWireFormats),
                rule("PC008", "Every documentation inconsistency is decided in an x-pc-doc-deviation entry (id, docs, decision) and indexed in info.description.",
                        ContentRules::deviations),
                rule("PC009", "Every paged operation uses the shared top and skip parameters, whose bounds are top 1..10000 (default 10000) and skip >= 0.",
                        OperationRules::pagingParameters),
                rule("PC010", "No inline schemas for bodies: every response body schema is a $ref to components, so generated types have stable names.",
                        SchemaRules::noInlineBodySchemas),
                rule("PC011", "Response fields use open enumerations (x-pc-known-values), never enum: the service sends undocumented values and readers must keep them.",
                        SchemaRules::openEnumerations),
                rule("PC012", "Every collection operation (its success body is an analytics page: Value, @nextLink, TotalCount) uses the shared top and skip parameters, whether or not it has a capability matrix, so PC009's bounds reach every paged call.",
                        OperationRules::collectionsArePaged),
                rule("PC013", "No inline object schemas anywhere (properties, array items, parameters, headers): every object is a named component, so generated types have stable names (no *Inner classes).",
                        SchemaRules::noInlineObjectSchemas));
    }

    /** Runs every rule; a document the typed reader cannot read fails as one violation of PC006. */
    public static List<Violation> checkAll(AnalyticsSpec spec) {
        List<Violation> all = new ArrayList<>();
        for (SpecRule rule : all()) {
            all.addAll(rule.check(spec));
        }
        return all;
    }

    private static SpecRule rule(String id, String reason, Function<AnalyticsSpec, List<Violation>> check) {
        return new SpecRule() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String reason() {
                return reason;
            }

            @Override
            public List<Violation> check(AnalyticsSpec spec) {
                return check.apply(spec);
            }

            @Override
            public String toString() {
                return id;
            }
        };
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    interface OperationVisitor {
        void visit(String where, JsonNode operation);
    }

    static void forEachOperation(JsonNode doc, OperationVisitor visitor) {
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                visitor.visit(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(), method.getValue());
            }
        }));
    }

    /** "GET /a/b" to the JSON pointer of that operation. */
    static String pointerOf(String where) {
        int space = where.indexOf(' ');
        return "/paths/" + escape(where.substring(space + 1)) + "/" + where.substring(0, space).toLowerCase(java.util.Locale.ROOT);
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
