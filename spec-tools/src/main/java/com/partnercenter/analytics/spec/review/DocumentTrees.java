package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the diff reads off an OpenAPI document's tree: its operations, references, components and documentation. */
final class DocumentTrees {
    /** Keys that only document: a change confined to them needs no version bump. */
    static final Set<String> DOCUMENTATION_KEYS = Set.of("description", "summary", "example", "examples", "externalDocs",
            "x-pc-doc-deviation", "title", "contact", "license", "termsOfService");
    /** Maps whose keys are names, not keywords. */
    private static final Set<String> NAME_MAPS = Set.of("properties", "schemas", "parameters", "responses", "headers", "fields",
            "paths", "content", "securitySchemes", "requestBodies", "links", "callbacks");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private DocumentTrees() {
    }

    /** "GET /path" to {operation, path item}. */
    static Map<String, JsonNode[]> operations(JsonNode doc) {
        Map<String, JsonNode[]> out = new LinkedHashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                out.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), new JsonNode[]{method.getValue(), path.getValue()});
            }
        }));
        return out;
    }

    /** Component schemas reachable from request bodies or parameters: their rules are the request's. */
    static Set<String> requestSchemas(JsonNode doc) {
        Deque<JsonNode> todo = new ArrayDeque<>();
        operations(doc).values().forEach(op -> {
            todo.add(op[0].path("requestBody"));
            todo.add(op[0].path("parameters"));
            todo.add(op[1].path("parameters"));
        });
        todo.add(doc.path("components").path("parameters"));
        todo.add(doc.path("components").path("requestBodies"));
        Set<String> names = new TreeSet<>();
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.has("$ref")) {
                String ref = node.get("$ref").asText();
                if (ref.startsWith("#/components/schemas/") && names.add(ref.substring("#/components/schemas/".length()))) {
                    todo.add(doc.at(ref.substring(1)));
                } else if (!ref.startsWith("#/components/schemas/")) {
                    todo.add(doc.at(ref.substring(1)));
                }
            }
            node.elements().forEachRemaining(todo::add);
        }
        return names;
    }

    /**
     * The components an operation uses, directly or through other components, labelled as the gate's change ids
     * start ("schema Item", "parameter Top", "response BadRequest").
     */
    static Set<String> componentsUsedBy(JsonNode doc, String operationKey) {
        JsonNode[] op = operations(doc).get(operationKey);
        Set<String> labels = new TreeSet<>();
        if (op == null) {
            return labels;
        }
        Deque<JsonNode> todo = new ArrayDeque<>();
        todo.add(op[0]);
        todo.add(op[1].path("parameters"));
        Set<String> refs = new TreeSet<>();
        while (!todo.isEmpty()) {
            JsonNode node = todo.pop();
            if (node.isObject() && node.has("$ref")) {
                String ref = node.get("$ref").asText();
                if (ref.startsWith("#/components/") && refs.add(ref)) {
                    String[] parts = ref.substring("#/components/".length()).split("/", 2);
                    String kind = switch (parts[0]) {
                        case "schemas" -> "schema";
                        case "parameters" -> "parameter";
                        case "responses" -> "response";
                        default -> parts[0];
                    };
                    labels.add(kind + " " + parts[1]);
                    todo.add(doc.at(ref.substring(1)));
                }
            }
            node.elements().forEachRemaining(todo::add);
        }
        return labels;
    }

    static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode current = node;
        for (int depth = 0; current.has("$ref") && depth < 16; depth++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = doc.at(ref.substring(1));
        }
        return current;
    }

    static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    static String text(JsonNode value) {
        return value.isMissingNode() ? "(none)" : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
    }

    /** The document without documentation: descriptions, summaries, examples, decisions, info.version. */
    static JsonNode withoutDocumentation(JsonNode doc) {
        JsonNode copy = doc.deepCopy();
        strip(copy);
        if (copy.path("components") instanceof ObjectNode components) {
            components.remove("examples");
        }
        if (copy.path("info") instanceof ObjectNode info) {
            info.remove("version");
        }
        // Security is compared per operation, as the effective requirement (global or the operation's own).
        if (copy instanceof ObjectNode root) {
            root.remove("security");
        }
        copy.path("paths").elements().forEachRemaining(item -> item.fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey()) && method.getValue() instanceof ObjectNode op) {
                op.remove("security");
            }
        }));
        return copy;
    }

    static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (DOCUMENTATION_KEYS.contains(key)) {
                    object.remove(key);
                } else if (NAME_MAPS.contains(key)) {
                    // Keys of these maps are names (a property may be called "description"): strip the values only.
                    object.get(key).elements().forEachRemaining(DocumentTrees::strip);
                } else {
                    strip(object.get(key));
                }
            }
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(DocumentTrees::strip);
        }
    }

    static boolean isDocumentationPointer(String pointer) {
        if (pointer.startsWith("/components/examples") || pointer.equals("/info/version")) {
            return true;
        }
        String previous = "";
        for (String token : pointer.split("/")) {
            if (DOCUMENTATION_KEYS.contains(token) && !NAME_MAPS.contains(previous)) {
                return true;
            }
            previous = token;
        }
        return false;
    }

    static void differingPointers(JsonNode a, JsonNode b, String pointer, List<String> out) {
        if (a.equals(b)) {
            return;
        }
        if (a.isObject() && b.isObject()) {
            Set<String> keys = new LinkedHashSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                differingPointers(a.path(key), b.path(key), pointer + "/" + key.replace("~", "~0").replace("/", "~1"), out);
            }
        } else if (a.isArray() && b.isArray() && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                differingPointers(a.get(i), b.get(i), pointer + "/" + i, out);
            }
        } else {
            out.add(pointer.isEmpty() ? "/" : pointer);
        }
    }
}
