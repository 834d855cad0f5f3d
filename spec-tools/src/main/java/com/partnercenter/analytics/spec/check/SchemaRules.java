package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.partnercenter.analytics.spec.check.SpecRules.*;

/**
 * The rules on schemas: descriptions and examples (PC004), date wire formats (PC007), named body and object
 * schemas (PC010, PC013) and open enumerations (PC011). Catalogued, with their reasons, in {@link
 * SpecRules#all()}.
 */
final class SchemaRules {
    private SchemaRules() {
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
}
