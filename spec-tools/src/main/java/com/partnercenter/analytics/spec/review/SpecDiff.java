package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.partnercenter.analytics.spec.review.SchemaDiff.Direction;
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

import static com.partnercenter.analytics.spec.review.DocumentTrees.differingPointers;
import static com.partnercenter.analytics.spec.review.DocumentTrees.isDocumentationPointer;
import static com.partnercenter.analytics.spec.review.DocumentTrees.requestSchemas;
import static com.partnercenter.analytics.spec.review.DocumentTrees.resolve;
import static com.partnercenter.analytics.spec.review.DocumentTrees.texts;
import static com.partnercenter.analytics.spec.review.DocumentTrees.withoutDocumentation;

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
 *
 * <p>This class compares operations, parameters, responses, the matrix and components; {@link SchemaDiff} compares
 * schemas, {@link DocumentTrees} holds the tree helpers, and {@link Changes} collects what they find.
 */
public final class SpecDiff {
    /** What {@link #compare} found. */
    public record Result(List<SpecChange> changes, boolean identical, boolean documentationOnly, List<String> documentationChanges) {
        public boolean hasApiChanges() {
            return !changes.isEmpty();
        }
    }

    private final JsonNode oldDoc;
    private final JsonNode newDoc;
    private final Changes changes = new Changes();
    private final SchemaDiff schemas = new SchemaDiff(changes);

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
        return new Result(diff.changes.list(), identical, documentationOnly, docChanges);
    }

    private void add(Kind kind, boolean breaking, String id) {
        changes.add(kind, breaking, id);
    }

    private void removedAndAdded(String where, Set<String> o, Set<String> n, boolean removalBreaks) {
        changes.removedAndAdded(where, o, n, removalBreaks);
    }

    private void schema(String where, JsonNode o, JsonNode n, Direction direction) {
        schemas.schema(where, o, n, direction);
    }

    // ---- operations ---------------------------------------------------------------------------------------

    private void operations() {
        Map<String, JsonNode[]> oldOps = DocumentTrees.operations(oldDoc);
        Map<String, JsonNode[]> newOps = DocumentTrees.operations(newDoc);
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



}
