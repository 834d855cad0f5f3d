package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.partnercenter.analytics.spec.check.SpecRules.*;

/**
 * The rules on operations: their metadata (PC001), success examples (PC002), error responses (PC003) and paging
 * (PC009, PC012). Catalogued, with their reasons, in {@link SpecRules#all()}.
 */
final class OperationRules {
    private OperationRules() {
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
}
