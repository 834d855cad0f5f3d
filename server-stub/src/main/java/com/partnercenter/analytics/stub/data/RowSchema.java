package com.partnercenter.analytics.stub.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldType;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The properties of one row schema under {@code components/schemas}, in the spec's order, read from the spec
 * document (types, {@code x-pc-wire-format}, {@code nullable}). Every row the stub stores or writes is described
 * by one of these; no list of fields is kept anywhere else.
 */
public final class RowSchema {
    private final String name;
    private final Map<String, Property> properties;

    private RowSchema(String name, Map<String, Property> properties) {
        this.name = name;
        this.properties = Collections.unmodifiableMap(properties);
    }

    public static RowSchema read(AnalyticsSpec spec, String schemaName) {
        JsonNode schema = spec.schema(schemaName);
        if (schema.isMissingNode()) {
            throw new IllegalArgumentException("No schema '" + schemaName + "' in the spec");
        }
        Map<String, Property> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode declared = e.getValue();
            if (declared.has("$ref") && resolve(spec, declared).path("type").asText("").equals("object")) {
                continue; // nested objects (attributes) are envelope metadata, not row values
            }
            JsonNode resolved = resolve(spec, declared);
            boolean countValue = false;
            if (!resolved.has("type") && resolved.has("oneOf")) {
                for (JsonNode member : resolved.get("oneOf")) {
                    if ("string".equals(member.path("type").asText())) {
                        countValue = true;
                    }
                }
                resolved = resolved.get("oneOf").get(0);
            }
            if ("object".equals(resolved.path("type").asText()) || "array".equals(resolved.path("type").asText())) {
                continue;
            }
            String wireFormat = declared.path("x-pc-wire-format").asText(resolved.path("x-pc-wire-format").asText(null));
            boolean nullable = declared.path("nullable").asBoolean(false) || resolved.path("nullable").asBoolean(false);
            result.put(e.getKey(), new Property(e.getKey(), typeOf(resolved), wireFormat, nullable, countValue));
        }
        return new RowSchema(schemaName, result);
    }

    private static JsonNode resolve(AnalyticsSpec spec, JsonNode schema) {
        JsonNode current = schema;
        for (int i = 0; i < 16; i++) {
            if (current.has("$ref")) {
                current = spec.resolve(current);
            } else if (!current.has("type") && current.path("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    private static FieldType typeOf(JsonNode schema) {
        String type = schema.path("type").asText("");
        String format = schema.path("format").asText("");
        return switch (type) {
            case "string" -> switch (format) {
                case "date-time" -> FieldType.DATE_TIME;
                case "date" -> FieldType.DATE;
                default -> FieldType.STRING;
            };
            case "boolean" -> FieldType.BOOLEAN;
            case "integer" -> FieldType.INTEGER;
            case "number" -> FieldType.NUMBER;
            default -> throw new IllegalArgumentException("Unsupported row property type '" + type + "'");
        };
    }

    public String name() {
        return name;
    }

    public Map<String, Property> properties() {
        return properties;
    }

    public Optional<Property> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    public List<String> keys() {
        return List.copyOf(properties.keySet());
    }
}
