package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.spec.SpecFormatException;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Partner Center rule set for the OpenAPI document. Every rule runs in the build (SpecRulesTest) and each
 * is shown to catch a violation (BrokenDocumentTest).
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
                        SpecRules::operationMetadata),
                rule("PC002", "Every operation has a 2xx JSON response with a $ref schema and named examples, so reviewers see what the wire carries.",
                        SpecRules::successExamples),
                rule("PC003", "Every operation documents the shared error responses, and every 4xx/5xx response uses the shared error body (ThrottlingError for 429), so clients decode errors one way.",
                        SpecRules::errorResponses),
                rule("PC004", "Every schema, property, parameter, header and response has a description, and every scalar property an example: the spec is the documentation.",
                        SpecRules::descriptions),
                rule("PC005", "Every example validates against its schema (formats included, no undeclared properties), so examples never lie.",
                        SpecRules::examplesValidate),
                rule("PC006", "The query capability matrix names only fields of the row schema, with operators their type supports, and only for parameters the operation has.",
                        SpecRules::capabilityMatrix),
                rule("PC007", "Every date field states its wire format in x-pc-wire-format, and its format keeps the standard meaning (DEV-36): date-time only for offset-date-time, "
                        + "local-date-time (with a pattern) for values sent without offset, date for bare dates, so standard tools read the wire as it is.",
                        SpecRules::dateWireFormats),
                rule("PC008", "Every documentation inconsistency is decided in an x-pc-doc-deviation entry (id, docs, decision) and indexed in info.description.",
                        SpecRules::deviations),
                rule("PC009", "Every paged operation uses the shared top and skip parameters, whose bounds are top 1..10000 (default 10000) and skip >= 0.",
                        SpecRules::pagingParameters),
                rule("PC010", "No inline schemas for bodies: every response body schema is a $ref to components, so generated types have stable names.",
                        SpecRules::noInlineBodySchemas),
                rule("PC011", "Response fields use open enumerations (x-pc-known-values), never enum: the service sends undocumented values and readers must keep them.",
                        SpecRules::openEnumerations),
                rule("PC012", "Every collection operation (its success body is an analytics page: Value, @nextLink, TotalCount) uses the shared top and skip parameters, whether or not it has a capability matrix, so PC009's bounds reach every paged call.",
                        SpecRules::collectionsArePaged),
                rule("PC013", "No inline object schemas anywhere (properties, array items, parameters, headers): every object is a named component, so generated types have stable names (no *Inner classes).",
                        SpecRules::noInlineObjectSchemas));
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

    // ---- PC001 --------------------------------------------------------------------------------------------

    static List<Violation> operationMetadata(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        JsonNode doc = spec.document();
        Set<String> declaredTags = new LinkedHashSet<>();
        doc.path("tags").forEach(t -> declaredTags.add(t.path("name").asText()));
        for (String tag : declaredTags) {
            if (!TAG.matcher(tag).matches()) {
                out.add(new Violation("PC001", "tags/" + tag, "tag '" + tag + "' is not PascalCase"));
            }
        }
        forEachOperation(doc, (where, op) -> {
            String id = op.path("operationId").asText("");
            if (!OPERATION_ID.matcher(id).matches()) {
                out.add(new Violation("PC001", where, "operationId '" + id + "' must be list/get followed by a PascalCase noun"));
            }
            for (String key : List.of("summary", "description")) {
                if (op.path(key).asText("").isBlank()) {
                    out.add(new Violation("PC001", where, "no " + key));
                }
            }
            if (op.path("tags").size() == 0) {
                out.add(new Violation("PC001", where, "no tags"));
            }
            op.path("tags").forEach(t -> {
                if (!declaredTags.contains(t.asText())) {
                    out.add(new Violation("PC001", where, "tag '" + t.asText() + "' is not declared in the top-level tags"));
                }
            });
            if (op.path("security").size() == 0) {
                out.add(new Violation("PC001", where, "no security requirement on the operation"));
            }
        });
        return out;
    }

    // ---- PC002 --------------------------------------------------------------------------------------------

    static List<Violation> successExamples(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        forEachOperation(spec.document(), (where, op) -> {
            boolean found = false;
            Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> response = responses.next();
                if (!response.getKey().startsWith("2")) {
                    continue;
                }
                found = true;
                JsonNode media = spec.resolve(response.getValue()).path("content").path("application/json");
                String at = where + " " + response.getKey();
                if (media.isMissingNode()) {
                    out.add(new Violation("PC002", at, "no application/json content"));
                    continue;
                }
                if (media.path("examples").size() == 0) {
                    out.add(new Violation("PC002", at, "no named examples (use 'examples' with named entries)"));
                }
                media.path("examples").fields().forEachRemaining(e -> {
                    if (spec.resolve(e.getValue()).path("summary").asText("").isBlank()) {
                        out.add(new Violation("PC002", at + " example " + e.getKey(), "example has no summary"));
                    }
                });
            }
            if (!found) {
                out.add(new Violation("PC002", where, "no 2xx response"));
            }
        });
        return out;
    }

    // ---- PC003 --------------------------------------------------------------------------------------------

    static List<Violation> errorResponses(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        forEachOperation(spec.document(), (where, op) -> {
            JsonNode responses = op.path("responses");
            for (String status : REQUIRED_ERROR_STATUSES) {
                if (!responses.has(status)) {
                    out.add(new Violation("PC003", where, "no " + status + " response"));
                }
            }
            responses.fields().forEachRemaining(e -> {
                if (!(e.getKey().startsWith("4") || e.getKey().startsWith("5"))) {
                    return;
                }
                String at = where + " " + e.getKey();
                String ref = e.getValue().path("$ref").asText("");
                if (!ref.startsWith("#/components/responses/")) {
                    out.add(new Violation("PC003", at, "error response is not a $ref to #/components/responses"));
                    return;
                }
                String expected = "429".equals(e.getKey()) ? "#/components/schemas/ThrottlingError" : "#/components/schemas/ServiceError";
                String schemaRef = spec.resolve(e.getValue()).path("content").path("application/json").path("schema").path("$ref").asText("");
                if (!expected.equals(schemaRef)) {
                    out.add(new Violation("PC003", at, "error body must be " + expected + ", is '" + schemaRef + "'"));
                }
            });
        });
        return out;
    }

    // ---- PC004 --------------------------------------------------------------------------------------------

    static List<Violation> descriptions(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        JsonNode components = spec.document().path("components");
        components.path("schemas").fields().forEachRemaining(e ->
                describedSchema(spec, e.getValue(), "components/schemas/" + e.getKey(), out));
        for (String kind : List.of("parameters", "headers", "responses")) {
            components.path(kind).fields().forEachRemaining(e -> {
                if (e.getValue().path("description").asText("").isBlank()) {
                    out.add(new Violation("PC004", "components/" + kind + "/" + e.getKey(), "no description"));
                }
            });
        }
        forEachOperation(spec.document(), (where, op) -> {
            op.path("parameters").forEach(p -> {
                if (!p.has("$ref") && p.path("description").asText("").isBlank()) {
                    out.add(new Violation("PC004", where + " parameter " + p.path("name").asText(), "no description"));
                }
            });
            op.path("responses").fields().forEachRemaining(r -> {
                if (!r.getValue().has("$ref") && r.getValue().path("description").asText("").isBlank()) {
                    out.add(new Violation("PC004", where + " " + r.getKey(), "no description"));
                }
            });
        });
        return out;
    }

    private static void describedSchema(AnalyticsSpec spec, JsonNode schema, String where, List<Violation> out) {
        if (schema.has("$ref")) {
            // OpenAPI 3.0 ignores siblings of $ref: the target's description is the one readers see.
            if (spec.resolve(schema).path("description").asText("").isBlank()) {
                out.add(new Violation("PC004", where, "references a schema without description"));
            }
            return;
        }
        if (schema.path("description").asText("").isBlank()) {
            out.add(new Violation("PC004", where, "no description"));
        }
        if (isScalar(schema) && !schema.has("example")) {
            out.add(new Violation("PC004", where, "scalar property without an example"));
        }
        schema.path("properties").fields().forEachRemaining(p -> describedSchema(spec, p.getValue(), where + "." + p.getKey(), out));
        int i = 0;
        for (JsonNode member : schema.path("allOf")) {
            if (!member.has("$ref")) {
                describedSchema(spec, member, where + ".allOf[" + i + "]", out);
            }
            i++;
        }
        if (schema.has("items") && !schema.get("items").has("$ref")) {
            describedSchema(spec, schema.get("items"), where + "[]", out);
        }
    }

    private static boolean isScalar(JsonNode schema) {
        String type = schema.path("type").asText("");
        return type.equals("string") || type.equals("integer") || type.equals("number") || type.equals("boolean");
    }

    // ---- PC005 --------------------------------------------------------------------------------------------

    static List<Violation> examplesValidate(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        SpecSchemaValidator validator = new SpecSchemaValidator(spec);
        JsonNode doc = spec.document();
        Set<String> usedExamples = new TreeSet<>();
        // Response and request bodies: named examples and single examples.
        forEachOperation(doc, (where, op) -> {
            String opPointer = pointerOf(where);
            op.path("responses").fields().forEachRemaining(r -> {
                String responsePointer = opPointer + "/responses/" + r.getKey();
                JsonNode response = r.getValue();
                if (response.has("$ref")) {
                    responsePointer = response.get("$ref").asText().substring(1);
                    response = spec.resolve(response);
                }
                String mediaPointer = responsePointer + "/content/application~1json";
                JsonNode media = response.path("content").path("application/json");
                validateMediaExamples(spec, validator, media, mediaPointer, where + " " + r.getKey(), usedExamples, out);
            });
        });
        // Parameters and headers.
        for (String kind : List.of("parameters", "headers")) {
            doc.path("components").path(kind).fields().forEachRemaining(e -> {
                if (e.getValue().has("example")) {
                    String pointer = "/components/" + kind + "/" + e.getKey() + "/schema";
                    addAll(out, "components/" + kind + "/" + e.getKey(), validator.validate(e.getValue().get("example"), pointer));
                }
            });
        }
        // Schema and property examples.
        doc.path("components").path("schemas").fields().forEachRemaining(e ->
                schemaExamples(validator, e.getValue(), "/components/schemas/" + e.getKey(), out));
        // Every component example is used somewhere, so none escapes validation.
        doc.path("components").path("examples").fieldNames().forEachRemaining(name -> {
            if (!usedExamples.contains(name)) {
                out.add(new Violation("PC005", "components/examples/" + name, "example is not used by any response, so nothing validates it"));
            }
        });
        return out;
    }

    private static void validateMediaExamples(AnalyticsSpec spec, SpecSchemaValidator validator, JsonNode media, String mediaPointer,
                                              String where, Set<String> usedExamples, List<Violation> out) {
        if (media.isMissingNode()) {
            return;
        }
        String schemaPointer = mediaPointer + "/schema";
        if (media.has("example")) {
            addAll(out, where + " example", validator.validate(media.get("example"), schemaPointer));
        }
        media.path("examples").fields().forEachRemaining(e -> {
            String ref = e.getValue().path("$ref").asText("");
            if (ref.startsWith("#/components/examples/")) {
                usedExamples.add(ref.substring("#/components/examples/".length()));
            }
            JsonNode example = spec.resolve(e.getValue());
            if (!example.has("value")) {
                out.add(new Violation("PC005", where + " example " + e.getKey(), "example has no value"));
                return;
            }
            addAll(out, where + " example " + e.getKey(), validator.validate(example.get("value"), schemaPointer));
        });
    }

    private static void schemaExamples(SpecSchemaValidator validator, JsonNode schema, String pointer, List<Violation> out) {
        if (schema.has("example")) {
            addAll(out, pointer.substring(1), validator.validate(schema.get("example"), pointer));
        }
        schema.path("properties").fields().forEachRemaining(p ->
                schemaExamples(validator, p.getValue(), pointer + "/properties/" + escape(p.getKey()), out));
        for (int i = 0; i < schema.path("allOf").size(); i++) {
            schemaExamples(validator, schema.path("allOf").get(i), pointer + "/allOf/" + i, out);
        }
    }

    private static void addAll(List<Violation> out, String where, List<String> messages) {
        for (String message : messages) {
            out.add(new Violation("PC005", where, message));
        }
    }

    // ---- PC006 --------------------------------------------------------------------------------------------

    static List<Violation> capabilityMatrix(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        Map<String, OperationDescriptor> operations;
        try {
            // Re-read the document: the typed reader rejects unknown fields, operators and keys with a message.
            operations = AnalyticsSpec.read(new java.io.ByteArrayInputStream(spec.document().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), "document").operations();
        } catch (SpecFormatException e) {
            out.add(new Violation("PC006", "x-pc-query", e.getMessage()));
            return out;
        }
        for (OperationDescriptor op : operations.values()) {
            String where = op.method() + " " + op.path();
            if (op.query().isEmpty()) {
                if (op.queryParameters().contains("filter") || op.queryParameters().contains("groupby")) {
                    out.add(new Violation("PC006", where, "takes filter or groupby but has no x-pc-query"));
                }
                continue;
            }
            QueryCapabilities query = op.query().get();
            String rowItemsRef = rowSchemaOfSuccess(spec, op);
            if (rowItemsRef != null && !rowItemsRef.equals("#/components/schemas/" + query.rowSchema())) {
                out.add(new Violation("PC006", where, "rowSchema " + query.rowSchema() + " is not the schema of the response rows (" + rowItemsRef + ")"));
            }
            if (!query.aggregationLevels().isEmpty() != query.supportsAggregationLevel()) {
                out.add(new Violation("PC006", where, "aggregationLevels must be listed exactly when the operation has an aggregationLevel parameter"));
            }
            for (FieldCapability field : query.fields().values()) {
                String at = where + " field " + field.name();
                if (field.orderable() && !query.supportsOrderBy()) {
                    out.add(new Violation("PC006", at, "orderby: true, but the operation has no orderby parameter"));
                }
                if (field.groupable() && !query.supportsGroupBy()) {
                    out.add(new Violation("PC006", at, "groupby: true, but the operation has no groupby parameter"));
                }
                if (field.filterable() && !query.supportsFilter()) {
                    out.add(new Violation("PC006", at, "filter operators given, but the operation has no filter parameter"));
                }
                if (field.aggregate() && (field.filterable() || field.groupable())) {
                    out.add(new Violation("PC006", at, "an aggregate count can be neither filtered nor grouped"));
                }
                if (field.aggregate() && field.type() != FieldType.INTEGER && field.type() != FieldType.NUMBER) {
                    out.add(new Violation("PC006", at, "an aggregate must be a number, is " + field.type()));
                }
                if (field.allows(FilterOperator.CONTAINS) && field.type() != FieldType.STRING) {
                    out.add(new Violation("PC006", at, "contains applies to strings only, field is " + field.type()));
                }
                for (FilterOperator operator : field.filterOperators()) {
                    if (operator.isOrdering() && !field.type().isOrdered()) {
                        out.add(new Violation("PC006", at, "operator " + operator + " needs a number or date field, field is " + field.type()));
                    }
                }
            }
        }
        return out;
    }

    private static String rowSchemaOfSuccess(AnalyticsSpec spec, OperationDescriptor op) {
        JsonNode operation = spec.document().path("paths").path(op.path()).path(op.method().toLowerCase(java.util.Locale.ROOT));
        JsonNode schema = spec.resolve(operation.path("responses").path(String.valueOf(op.successStatus()))).path("content").path("application/json").path("schema");
        JsonNode page = spec.resolve(schema);
        for (JsonNode member : page.path("allOf")) {
            JsonNode items = spec.resolve(member).path("properties").path("Value").path("items");
            if (items.has("$ref")) {
                return items.get("$ref").asText();
            }
        }
        return null;
    }

    // ---- PC007 --------------------------------------------------------------------------------------------

    static List<Violation> dateWireFormats(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        JsonNode components = spec.document().path("components");
        components.path("schemas").fields().forEachRemaining(e -> dateFormats(e.getValue(), "components/schemas/" + e.getKey(), out));
        components.path("parameters").fields().forEachRemaining(e -> {
            JsonNode p = e.getValue();
            checkWireFormat(p.path("schema"), p.path("x-pc-wire-format").asText(p.path("schema").path("x-pc-wire-format").asText(null)),
                    "components/parameters/" + e.getKey(), out);
        });
        // Also response headers and parameters written inline in an operation.
        components.path("headers").fields().forEachRemaining(e -> {
            JsonNode h = e.getValue();
            checkWireFormat(h.path("schema"), h.path("x-pc-wire-format").asText(h.path("schema").path("x-pc-wire-format").asText(null)),
                    "components/headers/" + e.getKey(), out);
        });
        forEachOperation(spec.document(), (where, op) -> op.path("parameters").forEach(p -> {
            if (!p.has("$ref")) {
                checkWireFormat(p.path("schema"), p.path("x-pc-wire-format").asText(p.path("schema").path("x-pc-wire-format").asText(null)),
                        where + " parameter " + p.path("name").asText(), out);
            }
        }));
        return out;
    }

    private static void dateFormats(JsonNode schema, String where, List<Violation> out) {
        schema.path("properties").fields().forEachRemaining(p -> {
            checkWireFormat(p.getValue(), p.getValue().path("x-pc-wire-format").asText(null), where + "." + p.getKey(), out);
            dateFormats(p.getValue(), where + "." + p.getKey(), out);
        });
        for (JsonNode member : schema.path("allOf")) {
            dateFormats(member, where, out);
        }
        if (schema.has("items")) {
            dateFormats(schema.get("items"), where + "[]", out);
        }
    }

    /** The {@code format} each {@code x-pc-wire-format} must carry: standard formats only where the wire is standard. */
    static final Map<String, String> FORMAT_OF_WIRE_FORMAT = Map.of(
            "offset-date-time", "date-time",
            "local-date-time", "local-date-time",
            "date", "date");

    private static void checkWireFormat(JsonNode schema, String wireFormat, String where, List<Violation> out) {
        String format = schema.path("format").asText("");
        if (!FORMAT_OF_WIRE_FORMAT.containsValue(format)) {
            if (wireFormat != null) {
                out.add(new Violation("PC007", where, "x-pc-wire-format '" + wireFormat + "' on a schema whose format is '" + format
                        + "' (expected " + FORMAT_OF_WIRE_FORMAT.getOrDefault(wireFormat, "one of " + FORMAT_OF_WIRE_FORMAT.values()) + ")"));
            }
            return;
        }
        if (wireFormat == null) {
            out.add(new Violation("PC007", where, "format " + format + " without x-pc-wire-format (one of " + WIRE_FORMATS + ")"));
        } else if (!WIRE_FORMATS.contains(wireFormat)) {
            out.add(new Violation("PC007", where, "unknown x-pc-wire-format '" + wireFormat + "' (one of " + WIRE_FORMATS + ")"));
        } else if (!format.equals(FORMAT_OF_WIRE_FORMAT.get(wireFormat))) {
            out.add(new Violation("PC007", where, "x-pc-wire-format '" + wireFormat + "' needs format " + FORMAT_OF_WIRE_FORMAT.get(wireFormat)
                    + ", not " + format + " (standard formats keep their standard meaning, DEV-36)"));
        } else if (format.equals("local-date-time") && !schema.hasNonNull("pattern")) {
            out.add(new Violation("PC007", where, "format local-date-time without a pattern (standard tools do not know the format; the pattern states the wire grammar)"));
        }
    }

    // ---- PC008 --------------------------------------------------------------------------------------------

    static List<Violation> deviations(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        Map<String, String> entries = new LinkedHashMap<>();
        collectDeviations(spec.document(), "", entries, out);
        Set<String> indexed = new TreeSet<>();
        Matcher m = Pattern.compile("^\\|\\s*(DEV-\\d{2})\\s*\\|", Pattern.MULTILINE).matcher(spec.document().path("info").path("description").asText(""));
        while (m.find()) {
            indexed.add(m.group(1));
        }
        for (String id : indexed) {
            if (!entries.containsKey(id)) {
                out.add(new Violation("PC008", "info.description", id + " is indexed but no x-pc-doc-deviation entry has that id"));
            }
        }
        entries.forEach((id, location) -> {
            if (!indexed.contains(id)) {
                out.add(new Violation("PC008", location, id + " is not indexed in the table of info.description"));
            }
        });
        return out;
    }

    private static void collectDeviations(JsonNode node, String pointer, Map<String, String> entries, List<Violation> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String child = pointer + "/" + escape(e.getKey());
                if (e.getKey().equals("x-pc-doc-deviation")) {
                    if (!e.getValue().isArray() || e.getValue().isEmpty()) {
                        out.add(new Violation("PC008", child, "must be a non-empty list of {id, docs, decision}"));
                        return;
                    }
                    for (JsonNode entry : e.getValue()) {
                        String id = entry.path("id").asText("");
                        if (!DEV_ID.matcher(id).matches()) {
                            out.add(new Violation("PC008", child, "entry without a DEV-nn id: " + entry));
                            continue;
                        }
                        for (String key : List.of("docs", "decision")) {
                            if (entry.path(key).asText("").isBlank()) {
                                out.add(new Violation("PC008", child, id + " has no " + key));
                            }
                        }
                        if (entries.putIfAbsent(id, child) != null) {
                            out.add(new Violation("PC008", child, id + " is used twice (also at " + entries.get(id) + ")"));
                        }
                    }
                } else {
                    collectDeviations(e.getValue(), child, entries, out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectDeviations(node.get(i), pointer + "/" + i, entries, out);
            }
        }
    }

    // ---- PC009 --------------------------------------------------------------------------------------------

    static List<Violation> pagingParameters(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        JsonNode top = spec.document().at("/components/parameters/Top/schema");
        JsonNode skip = spec.document().at("/components/parameters/Skip/schema");
        if (top.path("minimum").asInt(-1) != 1 || top.path("maximum").asInt(-1) != 10000 || top.path("default").asInt(-1) != 10000) {
            out.add(new Violation("PC009", "components/parameters/Top", "top must have minimum 1, maximum 10000 and default 10000"));
        }
        if (skip.path("minimum").asInt(-1) != 0) {
            out.add(new Violation("PC009", "components/parameters/Skip", "skip must have minimum 0"));
        }
        forEachOperation(spec.document(), (where, op) -> {
            if (!op.has("x-pc-query")) {
                return;
            }
            Set<String> refs = new LinkedHashSet<>();
            op.path("parameters").forEach(p -> refs.add(p.path("$ref").asText("")));
            for (String name : List.of("Top", "Skip")) {
                if (!refs.contains("#/components/parameters/" + name)) {
                    out.add(new Violation("PC009", where, "paged operation does not use #/components/parameters/" + name));
                }
            }
            op.path("parameters").forEach(p -> {
                String name = p.path("name").asText("");
                if (!p.has("$ref") && (name.equals("top") || name.equals("skip"))) {
                    out.add(new Violation("PC009", where, "declares its own '" + name + "' instead of the shared parameter"));
                }
            });
        });
        return out;
    }

    // ---- PC010 --------------------------------------------------------------------------------------------

    static List<Violation> noInlineBodySchemas(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        forEachOperation(spec.document(), (where, op) -> op.path("responses").fields().forEachRemaining(r ->
                r.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().path("schema").has("$ref")) {
                        out.add(new Violation("PC010", where + " " + r.getKey() + " " + media.getKey(), "inline body schema; use a $ref to components/schemas"));
                    }
                })));
        spec.document().path("components").path("responses").fields().forEachRemaining(r ->
                r.getValue().path("content").fields().forEachRemaining(media -> {
                    if (!media.getValue().path("schema").has("$ref")) {
                        out.add(new Violation("PC010", "components/responses/" + r.getKey(), "inline body schema; use a $ref to components/schemas"));
                    }
                }));
        return out;
    }

    // ---- PC011 --------------------------------------------------------------------------------------------

    static List<Violation> openEnumerations(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        spec.document().path("components").path("schemas").fields().forEachRemaining(e -> enums(e.getValue(), "components/schemas/" + e.getKey(), out));
        return out;
    }

    private static void enums(JsonNode schema, String where, List<Violation> out) {
        if (schema.has("enum")) {
            out.add(new Violation("PC011", where, "closed enum in a response schema; list the values in x-pc-known-values instead"));
        }
        schema.path("properties").fields().forEachRemaining(p -> enums(p.getValue(), where + "." + p.getKey(), out));
        for (JsonNode member : schema.path("allOf")) {
            enums(member, where, out);
        }
        if (schema.has("items")) {
            enums(schema.get("items"), where + "[]", out);
        }
    }

    // ---- PC012 --------------------------------------------------------------------------------------------

    static List<Violation> collectionsArePaged(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        forEachOperation(spec.document(), (where, op) -> {
            boolean page = false;
            Iterator<Map.Entry<String, JsonNode>> responses = op.path("responses").fields();
            while (responses.hasNext()) {
                Map.Entry<String, JsonNode> r = responses.next();
                if (r.getKey().startsWith("2")) {
                    JsonNode schema = spec.resolve(spec.resolve(r.getValue()).path("content").path("application/json").path("schema"));
                    page |= isAnalyticsPage(spec, schema);
                }
            }
            if (!page) {
                return;
            }
            Set<String> refs = new LinkedHashSet<>();
            op.path("parameters").forEach(p -> refs.add(p.path("$ref").asText("")));
            for (String name : List.of("Top", "Skip")) {
                if (!refs.contains("#/components/parameters/" + name)) {
                    out.add(new Violation("PC012", where, "returns a collection (analytics page) but does not use #/components/parameters/" + name));
                }
            }
        });
        return out;
    }

    /** A schema that carries the page fields itself or through allOf. */
    private static boolean isAnalyticsPage(AnalyticsSpec spec, JsonNode schema) {
        if (schema.path("properties").has("TotalCount") && schema.path("properties").has("@nextLink")) {
            return true;
        }
        for (JsonNode member : schema.path("allOf")) {
            if (isAnalyticsPage(spec, spec.resolve(member))) {
                return true;
            }
        }
        return false;
    }

    // ---- PC013 --------------------------------------------------------------------------------------------

    static List<Violation> noInlineObjectSchemas(AnalyticsSpec spec) {
        List<Violation> out = new ArrayList<>();
        JsonNode components = spec.document().path("components");
        components.path("schemas").fields().forEachRemaining(e -> nestedObjects(e.getValue(), "components/schemas/" + e.getKey(), out));
        for (String kind : List.of("parameters", "headers")) {
            components.path(kind).fields().forEachRemaining(e -> inlineObject(e.getValue().path("schema"), "components/" + kind + "/" + e.getKey(), out));
        }
        forEachOperation(spec.document(), (where, op) -> op.path("parameters").forEach(p -> {
            if (!p.has("$ref")) {
                inlineObject(p.path("schema"), where + " parameter " + p.path("name").asText(), out);
            }
        }));
        return out;
    }

    /** Below a component schema's top level (allOf members are the schema itself), objects must be $refs. */
    private static void nestedObjects(JsonNode schema, String where, List<Violation> out) {
        schema.path("properties").fields().forEachRemaining(p -> {
            inlineObject(p.getValue(), where + "." + p.getKey(), out);
            if (p.getValue().has("items")) {
                inlineObject(p.getValue().get("items"), where + "." + p.getKey() + "[]", out);
            }
        });
        for (JsonNode member : schema.path("allOf")) {
            nestedObjects(member, where, out);
        }
        if (schema.has("items")) {
            inlineObject(schema.get("items"), where + "[]", out);
        }
    }

    private static void inlineObject(JsonNode schema, String where, List<Violation> out) {
        if (!schema.has("$ref") && (schema.path("type").asText("").equals("object") || schema.has("properties"))) {
            out.add(new Violation("PC013", where, "inline object schema; declare it under components/schemas and use a $ref"));
        }
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
