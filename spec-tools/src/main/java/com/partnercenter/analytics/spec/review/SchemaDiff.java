package com.partnercenter.analytics.spec.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.review.SpecChange.Kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import static com.partnercenter.analytics.spec.review.DocumentTrees.text;
import static com.partnercenter.analytics.spec.review.DocumentTrees.texts;

/**
 * The schema half of {@link SpecDiff}: types, formats, enumerations, bounds, nullability and properties, judged by
 * whether the schema is read in requests or in responses (a tighter bound breaks callers, a looser one readers).
 */
final class SchemaDiff {
    enum Direction { REQUEST, RESPONSE }

    private final Changes changes;

    SchemaDiff(Changes changes) {
        this.changes = changes;
    }

    private void add(Kind kind, boolean breaking, String id) {
        changes.add(kind, breaking, id);
    }


    void schema(String where, JsonNode o, JsonNode n, Direction direction) {
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
        changes.removedAndAdded(where + ": known values (x-pc-known-values, informative)", oldKnown, newKnown, false);
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
}
