package com.partnercenter.analytics.spec.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON instances against schemas of the OpenAPI document with a real JSON Schema validator
 * (networknt, OpenAPI 3.0 dialect, format assertions on), strictly:
 * <ul>
 *   <li>Standard formats ({@code date-time}, {@code date}, {@code uuid}, ...) are asserted as the dialect defines
 *       them: {@code date-time} is RFC 3339, offset required (DEV-36). The one format added is the document's own
 *       {@code local-date-time}, which standard tools leave unasserted and which is checked here to name a real
 *       calendar date and time ({@link WireDateTimes}); the field's {@code pattern} decides which forms it admits.</li>
 *   <li>An object member that no schema on the path declares is an error ("unknown property"), so a
 *       misspelled field in an example or a fixture is caught even though the document leaves
 *       {@code additionalProperties} open for readers.</li>
 * </ul>
 */
public final class SpecSchemaValidator {
    private static final String BASE = "urn:pc-analytics:spec";

    private final AnalyticsSpec spec;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    public SpecSchemaValidator(AnalyticsSpec spec) {
        this.spec = spec;
        Dialect dialect = Dialect.builder(Dialects.getOpenApi30()).format(new LocalDateTimeFormat()).build();
        String documentJson;
        try {
            documentJson = new ObjectMapper().writeValueAsString(spec.document());
        } catch (Exception e) {
            throw new IllegalStateException("Cannot serialise the document", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(dialect, builder -> builder.schemas(Map.of(BASE, documentJson)));
    }

    /**
     * Validates {@code instance} against the schema at {@code schemaPointer} (a JSON pointer into the document,
     * e.g. {@code /components/schemas/SubscriptionPage}). Returns readable messages, empty when valid.
     */
    public List<String> validate(JsonNode instance, String schemaPointer) {
        Schema schema = schemas.computeIfAbsent(schemaPointer,
                p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        Set<String> messages = new LinkedHashSet<>();
        for (com.networknt.schema.Error error : schema.validate(instance)) {
            messages.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        JsonNode schemaNode = spec.document().at(schemaPointer);
        unknownProperties(instance, schemaNode, "$", messages);
        return new ArrayList<>(messages);
    }

    /** Validates against a named schema under {@code components/schemas}. */
    public List<String> validateAgainst(JsonNode instance, String schemaName) {
        return validate(instance, "/components/schemas/" + schemaName);
    }

    /** Validates a JSON text; a text that is not JSON gives one message saying so. */
    public List<String> validateJson(String json, String schemaPointer) {
        JsonNode node;
        try {
            node = new ObjectMapper().readTree(json);
        } catch (Exception e) {
            return List.of("$: not JSON: " + e.getMessage());
        }
        return validate(node, schemaPointer);
    }

    private void unknownProperties(JsonNode instance, JsonNode schema, String path, Set<String> messages) {
        if (schema == null || schema.isMissingNode()) {
            return;
        }
        JsonNode resolved = spec.resolve(schema);
        if (instance.isObject()) {
            Map<String, JsonNode> declared = new java.util.LinkedHashMap<>();
            collectProperties(resolved, declared);
            if (declared.isEmpty() && !hasObjectShape(resolved)) {
                return; // not an object schema (oneOf scalars and the like): the validator judges it
            }
            Iterator<Map.Entry<String, JsonNode>> fields = instance.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode propertySchema = declared.get(field.getKey());
                if (propertySchema == null) {
                    if (!resolved.path("additionalProperties").isObject()) {
                        messages.add(path + "." + field.getKey() + ": unknown property '" + field.getKey()
                                + "' (not declared by the schema)");
                    }
                } else {
                    unknownProperties(field.getValue(), propertySchema, path + "." + field.getKey(), messages);
                }
            }
        } else if (instance.isArray()) {
            JsonNode items = itemsOf(resolved);
            for (int i = 0; i < instance.size(); i++) {
                unknownProperties(instance.get(i), items, path + "[" + i + "]", messages);
            }
        }
    }

    private boolean hasObjectShape(JsonNode schema) {
        return "object".equals(schema.path("type").asText()) || schema.has("allOf");
    }

    private JsonNode itemsOf(JsonNode schema) {
        if (schema.has("items")) {
            return schema.get("items");
        }
        for (JsonNode member : schema.path("allOf")) {
            JsonNode items = itemsOf(spec.resolve(member));
            if (items != null && !items.isMissingNode()) {
                return items;
            }
        }
        return null;
    }

    private void collectProperties(JsonNode schema, Map<String, JsonNode> into) {
        JsonNode resolved = spec.resolve(schema);
        resolved.path("properties").fields().forEachRemaining(e -> into.putIfAbsent(e.getKey(), e.getValue()));
        for (JsonNode member : resolved.path("allOf")) {
            collectProperties(member, into);
        }
    }

    /**
     * {@code format: local-date-time} (DEV-36): a date-time in the service's wire grammar that exists in the calendar
     * (so {@code 2018-13-27T00:00:00} fails, which a pattern alone would let through), or a bare date where the
     * field's pattern admits one (query parameters).
     */
    static final class LocalDateTimeFormat implements Format {
        @Override
        public String getName() {
            return WireDateTimes.LOCAL_DATE_TIME;
        }

        @Override
        public boolean matches(ExecutionContext executionContext, String value) {
            return WireDateTimes.isDateTime(value) || WireDateTimes.isDate(value);
        }
    }
}
