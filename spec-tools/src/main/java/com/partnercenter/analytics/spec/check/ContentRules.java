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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.partnercenter.analytics.spec.check.SpecRules.*;

/**
 * The rules on what the document asserts: examples that validate (PC005), the capability matrix (PC006) and the
 * recorded decisions (PC008). Catalogued, with their reasons, in {@link SpecRules#all()}.
 */
final class ContentRules {
    private ContentRules() {
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
}
