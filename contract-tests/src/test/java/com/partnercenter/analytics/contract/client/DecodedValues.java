package com.partnercenter.analytics.contract.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Compares a decoded model object with the JSON row it came from, field by field, through the model's getters:
 * every member of the row must be readable from the model with an equal value (strings, numbers sent as strings,
 * dates in any of the service's forms, booleans, nested objects).
 */
final class DecodedValues {
    private DecodedValues() {
    }

    /** Differences, each naming the path and the field; empty when the model holds every value of the row. */
    static List<String> differences(Object model, JsonNode row, String path) {
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = row.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String where = path + "." + field.getKey();
            Object value;
            try {
                Method getter = model.getClass().getMethod("get" + Character.toUpperCase(field.getKey().charAt(0)) + field.getKey().substring(1));
                value = getter.invoke(model);
            } catch (NoSuchMethodException e) {
                out.add(where + ": the client's " + model.getClass().getSimpleName() + " has no field '" + field.getKey() + "'");
                continue;
            } catch (ReflectiveOperationException e) {
                out.add(where + ": cannot read: " + e);
                continue;
            }
            String problem = compare(value, field.getValue(), where, out);
            if (problem != null) {
                out.add(where + ": " + problem);
            }
        }
        return out;
    }

    private static String compare(Object value, JsonNode json, String where, List<String> out) {
        if (json.isNull()) {
            return value == null ? null : "expected null, decoded " + value;
        }
        if (value == null) {
            return "expected " + json + ", decoded null";
        }
        if (json.isObject()) {
            out.addAll(differences(value, json, where));
            return null;
        }
        String text = json.asText();
        boolean equal;
        if (value instanceof OffsetDateTime odt) {
            equal = WireDateTimes.parse(text).map(odt::isEqual).orElse(false);
        } else if (value instanceof LocalDate date) {
            equal = date.toString().equals(text);
        } else if (value instanceof UUID uuid) {
            equal = uuid.toString().equalsIgnoreCase(text);
        } else if (value instanceof Number n) {
            equal = json.isNumber() || text.matches("-?\\d+(\\.\\d+)?")
                    ? new BigDecimal(n.toString()).compareTo(new BigDecimal(text)) == 0 : false;
        } else if (value instanceof Boolean b) {
            equal = json.isBoolean() && b == json.asBoolean();
        } else {
            equal = value.toString().equals(text);
        }
        return equal ? null : "expected " + json + ", decoded " + value + " (" + value.getClass().getSimpleName() + ")";
    }
}
