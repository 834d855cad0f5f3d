package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnercenter.analytics.spec.review.SpecChange.Kind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gate's own structural comparison of two OpenAPI 3.0 documents (as Jackson trees), with this project's
 * breaking rules. It is stricter than openapi-diff-core 2.1.7 on purpose: the generated client exposes every
 * response property as a Java getter and every type as a Java type, so for us
 * <ul>
 *   <li>removing any response property (optional or not) is breaking;</li>
 *   <li>any change of a field's type or format is breaking, widening included (the Java type changes);</li>
 *   <li>adding an {@code enum} to a field, removing accepted values, or tightening a request bound is breaking;</li>
 *   <li>removing or renaming an operation, a parameter, a response, a response header or a component schema is
 *       breaking, and so is a new required parameter;</li>
 *   <li>in the capability matrix ({@code x-pc-query}), removing a field, an operator, groupby or orderby is
 *       breaking, because the client's query builder rejects what it accepted before.</li>
 * </ul>
 * Additions (operations, optional parameters, response properties, responses, matrix entries) are not breaking.
 */
public final class SpecDiff {
    /** Keys that only document: a change confined to them needs no version bump. */
    static final Set<String> DOCUMENTATION_KEYS = Set.of("description", "summary", "example", "examples", "externalDocs",
            "x-pc-doc-deviation", "title", "contact", "license", "termsOfService");
    /** Maps whose keys are names, not keywords. */
    private static final Set<String> NAME_MAPS = Set.of("properties", "schemas", "parameters", "responses", "headers", "fields",
            "paths", "content", "securitySchemes", "requestBodies", "links", "callbacks");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    enum Direction { REQUEST, RESPONSE }

    /** What {@link #compare} found. */
    public record Result(List<SpecChange> changes, boolean identical, boolean documentationOnly, List<String> documentationChanges) {
        public boolean hasApiChanges() {
            return !changes.isEmpty();
        }
    }

    private final JsonNode oldDoc;
    private final JsonNode newDoc;
    private final List<SpecChange> changes = new ArrayList<>();
    private final Set<String> seen = new LinkedHashSet<>();

    private SpecDiff(JsonNode oldDoc, JsonNode newDoc) {
        this.oldDoc = oldDoc;
        this.newDoc = newDoc;
    }

    public static Result compare(JsonNode oldDoc, JsonNode newDoc) {
        SpecDiff diff = new SpecDiff(oldDoc, newDoc);
        diff.operations();
        diff.componentSchemas();
        diff.componentParametersAndResponses();
        boolean identical = oldDoc.equals(newDoc);
        JsonNode oldApi = withoutDocumentation(oldDoc);
        JsonNode newApi = withoutDocumentation(newDoc);
        boolean documentationOnly = !identical && oldApi.equals(newApi);
        if (!oldApi.equals(newApi) && diff.changes.isEmpty()) {
            // A difference the rules above do not classify: report it rather than stay silent.
            List<String> pointers = new ArrayList<>();
            differingPointers(oldApi, newApi, "", pointers);
            for (String pointer : pointers.subList(0, Math.min(30, pointers.size()))) {
                diff.add(Kind.CHANGED, false, "document " + pointer + ": changed");
            }
        }
        List<String> docChanges = new ArrayList<>();
        if (!identical) {
            List<String> all = new ArrayList<>();
            differingPointers(oldDoc, newDoc, "", all);
            for (String pointer : all) {
                if (isDocumentationPointer(pointer) && !pointer.equals("/info/version")) {
                    docChanges.add(pointer);
                }
            }
        }
        return new Result(List.copyOf(diff.changes), identical, documentationOnly, docChanges);
    }

    private void add(Kind kind, boolean breaking, String id) {
        if (seen.add(id)) {
            changes.add(SpecChange.of(kind, breaking, id));
        }
    }

    // ---- operations ---------------------------------------------------------------------------------------

    private void operations() {
        Map<String, JsonNode[]> oldOps = operations(oldDoc);
        Map<String, JsonNode[]> newOps = operations(newDoc);
        oldOps.forEach((key, op) -> {
            if (!newOps.containsKey(key)) {
                add(Kind.REMOVED, true, key + ": operation removed");
            }
        });
        newOps.forEach((key, op) -> {
            if (!oldOps.containsKey(key)) {
                add(Kind.ADDED, false, key + ": operation added");
            }
        });
        oldOps.forEach((key, op) -> {
            if (newOps.containsKey(key)) {
                operation(key, op, newOps.get(key));
            }
        });
    }

    /** "GET /path" to {operation, path item}. */
    private static Map<String, JsonNode[]> operations(JsonNode doc) {
        Map<String, JsonNode[]> out = new LinkedHashMap<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                out.put(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), new JsonNode[]{method.getValue(), path.getValue()});
            }
        }));
        return out;
    }

    private void operation(String key, JsonNode[] oldOp, JsonNode[] newOp) {
        JsonNode o = oldOp[0];
        JsonNode n = newOp[0];
        String oldId = o.path("operationId").asText("");
        String newId = n.path("operationId").asText("");
        if (!oldId.equals(newId)) {
            add(Kind.CHANGED, true, key + ": operationId changed from '" + oldId + "' to '" + newId + "' (the generated method is renamed)");
        }
        boolean wasDeprecated = o.path("deprecated").asBoolean(false);
        boolean isDeprecated = n.path("deprecated").asBoolean(false);
        if (!wasDeprecated && isDeprecated) {
            add(Kind.DEPRECATED, false, key + ": operation deprecated");
        } else if (wasDeprecated && !isDeprecated) {
            add(Kind.CHANGED, false, key + ": operation no longer deprecated");
        }
        if (!Objects.equals(tags(o), tags(n))) {
            add(Kind.CHANGED, true, key + ": tags changed from " + tags(o) + " to " + tags(n) + " (the generated API interface changes)");
        }
        JsonNode oldSecurity = effectiveSecurity(oldDoc, o);
        JsonNode newSecurity = effectiveSecurity(newDoc, n);
        if (!oldSecurity.equals(newSecurity)) {
            add(Kind.CHANGED, true, key + ": security changed from " + oldSecurity + " to " + newSecurity);
        }
        parameters(key, oldOp, newOp);
        requestBody(key, o.path("requestBody"), n.path("requestBody"));
        responses(key, o.path("responses"), n.path("responses"));
        query(key, o.path("x-pc-query"), n.path("x-pc-query"));
    }

    /** The operation's security requirements, or the document's when it has none of its own (OpenAPI 3.0 semantics). */
    private static JsonNode effectiveSecurity(JsonNode doc, JsonNode op) {
        return op.has("security") ? op.get("security") : doc.path("security").isMissingNode()
                ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : doc.get("security");
    }

    private static List<String> tags(JsonNode op) {
        List<String> tags = new ArrayList<>();
        op.path("tags").forEach(t -> tags.add(t.asText()));
        return tags;
    }

    private void parameters(String key, JsonNode[] oldOp, JsonNode[] newOp) {
        Map<String, JsonNode> o = parameters(oldDoc, oldOp);
        Map<String, JsonNode> n = parameters(newDoc, newOp);
        o.forEach((name, p) -> {
            if (!n.containsKey(name)) {
                add(Kind.REMOVED, true, key + ": " + name + " removed");
            }
        });
        n.forEach((name, p) -> {
            if (!o.containsKey(name)) {
                boolean required = resolve(newDoc, p).path("required").asBoolean(false);
                add(Kind.ADDED, required, key + ": " + name + " added" + (required ? ", required" : ", optional"));
            }
        });
        o.forEach((name, p) -> {
            JsonNode q = n.get(name);
            if (q == null) {
                return;
            }
            String oldRef = p.path("$ref").asText(null);
            if (oldRef != null && oldRef.equals(q.path("$ref").asText(null))) {
                return; // the same shared parameter: compared once under components/parameters
            }
            parameter(key + ": " + name, resolve(oldDoc, p), resolve(newDoc, q));
        });
    }

    /** "query parameter 'top'" to the parameter node (unresolved), path-level parameters first. */
    private static Map<String, JsonNode> parameters(JsonNode doc, JsonNode[] op) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode list : List.of(op[1].path("parameters"), op[0].path("parameters"))) {
            for (JsonNode p : list) {
                JsonNode resolved = resolve(doc, p);
                String in = resolved.path("in").asText("");
                String name = resolved.path("name").asText("");
                out.put(in + " parameter '" + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name) + "'", p);
            }
        }
        return out;
    }

    private void parameter(String where, JsonNode o, JsonNode n) {
        boolean wasRequired = o.path("required").asBoolean(false);
        boolean isRequired = n.path("required").asBoolean(false);
        if (!wasRequired && isRequired) {
            add(Kind.CHANGED, true, where + ": became required");
        } else if (wasRequired && !isRequired) {
            add(Kind.CHANGED, false, where + ": became optional");
        }
        if (!o.path("deprecated").asBoolean(false) && n.path("deprecated").asBoolean(false)) {
            add(Kind.DEPRECATED, false, where + ": deprecated");
        }
        schema(where, o.path("schema"), n.path("schema"), Direction.REQUEST);
    }

    private void requestBody(String key, JsonNode o, JsonNode n) {
        if (o.isMissingNode() && n.isMissingNode()) {
            return;
        }
        String where = key + ": request body";
        JsonNode ro = resolve(oldDoc, o);
        JsonNode rn = resolve(newDoc, n);
        if (o.isMissingNode()) {
            add(Kind.ADDED, rn.path("required").asBoolean(false), where + " added" + (rn.path("required").asBoolean(false) ? ", required" : ", optional"));
            return;
        }
        if (n.isMissingNode()) {
            add(Kind.REMOVED, true, where + " removed");
            return;
        }
        if (!ro.path("required").asBoolean(false) && rn.path("required").asBoolean(false)) {
            add(Kind.CHANGED, true, where + ": became required");
        }
        content(where, ro.path("content"), rn.path("content"), Direction.REQUEST);
    }

    private void responses(String key, JsonNode o, JsonNode n) {
        o.fields().forEachRemaining(e -> {
            if (!n.has(e.getKey())) {
                add(Kind.REMOVED, true, key + ": response " + e.getKey() + " removed");
            }
        });
        n.fields().forEachRemaining(e -> {
            if (!o.has(e.getKey())) {
                add(Kind.ADDED, false, key + ": response " + e.getKey() + " added");
            }
        });
        o.fields().forEachRemaining(e -> {
            JsonNode q = n.get(e.getKey());
            if (q == null) {
                return;
            }
            String oldRef = e.getValue().path("$ref").asText(null);
            String newRef = q.path("$ref").asText(null);
            if (oldRef != null && oldRef.equals(newRef)) {
                return; // the same shared response: compared once under components/responses
            }
            response(key + ": response " + e.getKey(), resolve(oldDoc, e.getValue()), resolve(newDoc, q));
        });
    }

    private void response(String where, JsonNode o, JsonNode n) {
        Map<String, JsonNode> oldHeaders = lowerKeys(o.path("headers"));
        Map<String, JsonNode> newHeaders = lowerKeys(n.path("headers"));
        oldHeaders.forEach((name, h) -> {
            if (!newHeaders.containsKey(name)) {
                add(Kind.REMOVED, true, where + ": header '" + name + "' removed");
            }
        });
        newHeaders.forEach((name, h) -> {
            if (!oldHeaders.containsKey(name)) {
                add(Kind.ADDED, false, where + ": header '" + name + "' added");
            } else {
                schema(where + ": header '" + name + "'", resolve(oldDoc, oldHeaders.get(name)).path("schema"),
                        resolve(newDoc, h).path("schema"), Direction.RESPONSE);
            }
        });
        content(where, o.path("content"), n.path("content"), Direction.RESPONSE);
    }

    private static Map<String, JsonNode> lowerKeys(JsonNode node) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue()));
        return out;
    }

    private void content(String where, JsonNode o, JsonNode n, Direction direction) {
        o.fields().forEachRemaining(e -> {
            if (!n.has(e.getKey())) {
                add(Kind.REMOVED, true, where + ": media type " + e.getKey() + " removed");
            }
        });
        n.fields().forEachRemaining(e -> {
            if (!o.has(e.getKey())) {
                add(Kind.ADDED, false, where + ": media type " + e.getKey() + " added");
            } else {
                schema(where + " body", o.get(e.getKey()).path("schema"), e.getValue().path("schema"), direction);
            }
        });
    }

    // ---- the capability matrix ----------------------------------------------------------------------------

    private void query(String key, JsonNode o, JsonNode n) {
        if (o.isMissingNode() && n.isMissingNode()) {
            return;
        }
        String where = key + ": x-pc-query";
        if (o.isMissingNode()) {
            add(Kind.ADDED, false, where + " added");
            return;
        }
        if (n.isMissingNode()) {
            add(Kind.REMOVED, true, where + " removed");
            return;
        }
        if (!o.path("rowSchema").equals(n.path("rowSchema"))) {
            add(Kind.CHANGED, true, where + ": rowSchema changed from " + o.path("rowSchema").asText() + " to " + n.path("rowSchema").asText());
        }
        Set<String> oldLevels = texts(o.path("aggregationLevels"));
        Set<String> newLevels = texts(n.path("aggregationLevels"));
        removedAndAdded(where + ": aggregation levels", oldLevels, newLevels, true);
        o.path("fields").fields().forEachRemaining(e -> {
            String field = where + " field '" + e.getKey() + "'";
            JsonNode nf = n.path("fields").path(e.getKey());
            if (nf.isMissingNode()) {
                add(Kind.REMOVED, true, field + " removed");
                return;
            }
            JsonNode of = e.getValue();
            removedAndAdded(field + ": filter operators", texts(of.path("filter")), texts(nf.path("filter")), true);
            for (String flag : List.of("groupby", "orderby")) {
                boolean was = of.path(flag).asBoolean(false);
                boolean is = nf.path(flag).asBoolean(false);
                if (was != is) {
                    add(Kind.CHANGED, was, field + ": " + flag + " " + (is ? "allowed" : "no longer allowed"));
                }
            }
            if (of.path("aggregate").asBoolean(false) != nf.path("aggregate").asBoolean(false)) {
                add(Kind.CHANGED, true, field + ": aggregate changed to " + nf.path("aggregate").asBoolean(false));
            }
            String oldCompare = of.path("compare").asText("case-sensitive");
            String newCompare = nf.path("compare").asText("case-sensitive");
            if (!oldCompare.equals(newCompare)) {
                // which values match changes, but every query stays valid: not breaking, yet an API change
                add(Kind.CHANGED, false, field + ": compare changed from " + oldCompare + " to " + newCompare);
            }
            String oldWire = of.path("wireName").asText(e.getKey());
            String newWire = nf.path("wireName").asText(e.getKey());
            if (!oldWire.equals(newWire)) {
                add(Kind.CHANGED, true, field + ": wireName changed from '" + oldWire + "' to '" + newWire + "'");
            }
        });
        n.path("fields").fieldNames().forEachRemaining(name -> {
            if (!o.path("fields").has(name)) {
                add(Kind.ADDED, false, where + " field '" + name + "' added");
            }
        });
    }

    private void removedAndAdded(String where, Set<String> o, Set<String> n, boolean removalBreaks) {
        Set<String> removed = new TreeSet<>(o);
        removed.removeAll(n);
        Set<String> added = new TreeSet<>(n);
        added.removeAll(o);
        if (!removed.isEmpty()) {
            add(Kind.CHANGED, removalBreaks, where + " removed: " + String.join(", ", removed));
        }
        if (!added.isEmpty()) {
            add(Kind.CHANGED, false, where + " added: " + String.join(", ", added));
        }
    }

    // ---- components ---------------------------------------------------------------------------------------

    private void componentSchemas() {
        JsonNode o = oldDoc.path("components").path("schemas");
        JsonNode n = newDoc.path("components").path("schemas");
        Set<String> requestSchemas = requestSchemas(newDoc);
        o.fieldNames().forEachRemaining(name -> {
            if (!n.has(name)) {
                add(Kind.REMOVED, true, "schema " + name + ": removed (the generated type disappears)");
            }
        });
        n.fields().forEachRemaining(e -> {
            if (!o.has(e.getKey())) {
                add(Kind.ADDED, false, "schema " + e.getKey() + ": added");
            } else {
                schema("schema " + e.getKey(), o.get(e.getKey()), e.getValue(),
                        requestSchemas.contains(e.getKey()) ? Direction.REQUEST : Direction.RESPONSE);
            }
        });
    }

    private void componentParametersAndResponses() {
        JsonNode o = oldDoc.path("components");
        JsonNode n = newDoc.path("components");
        o.path("parameters").fields().forEachRemaining(e -> {
            JsonNode q = n.path("parameters").path(e.getKey());
            if (q.isMissingNode()) {
                return; // operations that used it report the removal
            }
            JsonNode p = e.getValue();
            String where = "parameter " + e.getKey();
            if (!p.path("name").equals(q.path("name")) || !p.path("in").equals(q.path("in"))) {
                add(Kind.CHANGED, true, where + ": now " + q.path("in").asText() + " parameter '" + q.path("name").asText()
                        + "', was " + p.path("in").asText() + " parameter '" + p.path("name").asText() + "'");
            }
            parameter(where, p, q);
        });
        o.path("responses").fields().forEachRemaining(e -> {
            JsonNode q = n.path("responses").path(e.getKey());
            if (!q.isMissingNode()) {
                response("response " + e.getKey(), e.getValue(), q);
            }
        });
    }

    /** Component schemas reachable from request bodies or parameters: their rules are the request's. */
    private static Set<String> requestSchemas(JsonNode doc) {
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

    // ---- schemas ------------------------------------------------------------------------------------------

    private void schema(String where, JsonNode o, JsonNode n, Direction direction) {
        if (o.isMissingNode() && n.isMissingNode()) {
            return;
        }
        String oldRef = o.path("$ref").asText(null);
        String newRef = n.path("$ref").asText(null);
        if (oldRef != null || newRef != null) {
            if (!Objects.equals(oldRef, newRef)) {
                add(Kind.CHANGED, true, where + ": type changed from " + signature(o) + " to " + signature(n));
            }
            return; // the same component: compared once, under its own name
        }
        String oldType = signature(o);
        String newType = signature(n);
        if (!oldType.equals(newType)) {
            add(Kind.CHANGED, true, where + ": type changed from " + oldType + " to " + newType);
            return;
        }
        enumeration(where, o, n, direction);
        Set<String> oldKnown = texts(o.path("x-pc-known-values"));
        Set<String> newKnown = texts(n.path("x-pc-known-values"));
        removedAndAdded(where + ": known values (x-pc-known-values, informative)", oldKnown, newKnown, false);
        String oldWire = o.path("x-pc-wire-format").asText("");
        String newWire = n.path("x-pc-wire-format").asText("");
        if (!oldWire.equals(newWire)) {
            add(Kind.CHANGED, true, where + ": x-pc-wire-format changed from '" + oldWire + "' to '" + newWire + "'");
        }
        boolean wasNullable = o.path("nullable").asBoolean(false);
        boolean isNullable = n.path("nullable").asBoolean(false);
        if (wasNullable != isNullable) {
            boolean breaking = direction == Direction.RESPONSE ? isNullable : wasNullable;
            add(Kind.CHANGED, breaking, where + ": " + (isNullable ? "became nullable" : "no longer nullable"));
        }
        if (!o.path("default").equals(n.path("default"))) {
            add(Kind.CHANGED, false, where + ": default changed from " + text(o.path("default")) + " to " + text(n.path("default")));
        }
        bounds(where, o, n, direction);
        properties(where, o, n, direction);
        if (o.has("items") || n.has("items")) {
            schema(where + "[]", o.path("items"), n.path("items"), direction);
        }
        for (String composition : List.of("allOf", "oneOf", "anyOf")) {
            JsonNode oc = o.path(composition);
            JsonNode nc = n.path(composition);
            if (oc.size() != nc.size()) {
                add(Kind.CHANGED, true, where + ": " + composition + " members changed from " + oc.size() + " to " + nc.size());
            } else {
                for (int i = 0; i < oc.size(); i++) {
                    schema(where, oc.get(i), nc.get(i), direction);
                }
            }
        }
    }

    private void enumeration(String where, JsonNode o, JsonNode n, Direction direction) {
        boolean had = o.has("enum");
        boolean has = n.has("enum");
        if (!had && has) {
            add(Kind.CHANGED, true, where + ": narrowed to the enumeration [" + String.join(", ", texts(n.path("enum"))) + "]");
        } else if (had && !has) {
            // Requests accept more; in responses the generated enum type becomes a plain value.
            add(Kind.CHANGED, direction == Direction.RESPONSE, where + ": enumeration removed");
        } else if (had) {
            Set<String> removed = new TreeSet<>(texts(o.path("enum")));
            removed.removeAll(texts(n.path("enum")));
            Set<String> added = new TreeSet<>(texts(n.path("enum")));
            added.removeAll(texts(o.path("enum")));
            if (!removed.isEmpty()) {
                add(Kind.CHANGED, direction == Direction.REQUEST, where + ": enumeration values removed: " + String.join(", ", removed));
            }
            if (!added.isEmpty()) {
                // Closed enumerations in responses fail readers on new values (hence PC011).
                add(Kind.CHANGED, direction == Direction.RESPONSE, where + ": enumeration values added: " + String.join(", ", added));
            }
        }
    }

    private void bounds(String where, JsonNode o, JsonNode n, Direction direction) {
        // For each bound: true when a larger value is tighter (minimums), false when a smaller one is (maximums).
        Map<String, Boolean> bounds = new LinkedHashMap<>();
        bounds.put("minimum", true);
        bounds.put("maximum", false);
        bounds.put("minLength", true);
        bounds.put("maxLength", false);
        bounds.put("minItems", true);
        bounds.put("maxItems", false);
        bounds.forEach((bound, largerIsTighter) -> {
            JsonNode a = o.path(bound);
            JsonNode b = n.path(bound);
            if (a.equals(b)) {
                return;
            }
            boolean tighter;
            if (a.isMissingNode()) {
                tighter = true;
            } else if (b.isMissingNode()) {
                tighter = false;
            } else {
                int cmp = a.decimalValue().compareTo(b.decimalValue());
                tighter = largerIsTighter ? cmp < 0 : cmp > 0;
            }
            // Tighter requests break callers; looser responses break readers that relied on the bound.
            boolean breaking = direction == Direction.REQUEST ? tighter : !tighter;
            add(Kind.CHANGED, breaking, where + ": " + bound + " changed from " + text(a) + " to " + text(b));
        });
        for (String flag : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            boolean was = o.path(flag).asBoolean(false);
            boolean is = n.path(flag).asBoolean(false);
            if (was != is) {
                add(Kind.CHANGED, direction == Direction.REQUEST ? is : was, where + ": " + flag + " changed to " + is);
            }
        }
        if (!o.path("pattern").equals(n.path("pattern"))) {
            add(Kind.CHANGED, true, where + ": pattern changed from " + text(o.path("pattern")) + " to " + text(n.path("pattern")));
        }
    }

    private void properties(String where, JsonNode o, JsonNode n, Direction direction) {
        JsonNode op = o.path("properties");
        JsonNode np = n.path("properties");
        Set<String> oldRequired = texts(o.path("required"));
        Set<String> newRequired = texts(n.path("required"));
        op.fieldNames().forEachRemaining(name -> {
            if (!np.has(name)) {
                add(Kind.REMOVED, true, where + "." + name + ": property removed");
            }
        });
        np.fields().forEachRemaining(e -> {
            String name = e.getKey();
            String at = where + "." + name;
            if (!op.has(name)) {
                boolean required = newRequired.contains(name);
                add(Kind.ADDED, direction == Direction.REQUEST && required, at + ": property added" + (required ? ", required" : ", optional"));
                return;
            }
            schema(at, op.get(name), e.getValue(), direction);
            boolean was = oldRequired.contains(name);
            boolean is = newRequired.contains(name);
            if (was != is) {
                // Responses: clients may rely on a required property. Requests: callers must now send it.
                boolean breaking = direction == Direction.RESPONSE ? was : is;
                add(Kind.CHANGED, breaking, at + ": " + (is ? "became required" : "no longer required"));
            }
        });
    }

    /** The type of a schema as a reviewer reads it: {@code number}, {@code string/date-time}, a ref's name, {@code oneOf(...)}. */
    static String signature(JsonNode schema) {
        if (schema.isMissingNode()) {
            return "(none)";
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            return ref.substring(ref.lastIndexOf('/') + 1);
        }
        for (String composition : List.of("oneOf", "anyOf")) {
            if (schema.has(composition)) {
                List<String> members = new ArrayList<>();
                schema.get(composition).forEach(m -> members.add(signature(m)));
                return composition + "(" + String.join(", ", members) + ")";
            }
        }
        String type = schema.path("type").asText(schema.has("properties") ? "object" : schema.has("allOf") ? "allOf" : "any");
        String format = schema.path("format").asText("");
        return format.isEmpty() ? type : type + "/" + format;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

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

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new LinkedHashSet<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    private static String text(JsonNode value) {
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

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (DOCUMENTATION_KEYS.contains(key)) {
                    object.remove(key);
                } else if (NAME_MAPS.contains(key)) {
                    // Keys of these maps are names (a property may be called "description"): strip the values only.
                    object.get(key).elements().forEachRemaining(SpecDiff::strip);
                } else {
                    strip(object.get(key));
                }
            }
        } else if (node != null && node.isArray()) {
            node.elements().forEachRemaining(SpecDiff::strip);
        }
    }

    private static boolean isDocumentationPointer(String pointer) {
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
