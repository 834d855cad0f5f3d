package com.partnercenter.analytics.contract.check;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Differences between an expected and an actual JSON value, each naming the JSON path and the field. */
public final class JsonDiff {
    private JsonDiff() {
    }

    /** Every difference, e.g. {@code $.Value[0].customerName: expected "A", actual "B"}; empty when equal. */
    public static List<String> differences(JsonNode expected, JsonNode actual) {
        List<String> out = new ArrayList<>();
        diff("$", expected, actual, out);
        return out;
    }

    private static void diff(String path, JsonNode expected, JsonNode actual, List<String> out) {
        if (expected.isObject() && actual.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> e = fields.next();
                if (!actual.has(e.getKey())) {
                    out.add(path + "." + e.getKey() + ": field '" + e.getKey() + "' is missing (expected " + e.getValue() + ")");
                } else {
                    diff(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()), out);
                }
            }
            actual.fieldNames().forEachRemaining(name -> {
                if (!expected.has(name)) {
                    out.add(path + "." + name + ": unexpected field '" + name + "' (value " + actual.get(name) + ")");
                }
            });
        } else if (expected.isArray() && actual.isArray()) {
            int n = Math.min(expected.size(), actual.size());
            for (int i = 0; i < n; i++) {
                diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
            }
            if (expected.size() != actual.size()) {
                out.add(path + ": expected " + expected.size() + " elements, actual " + actual.size());
            }
        } else if (!sameValue(expected, actual)) {
            out.add(path + ": expected " + expected + " (" + expected.getNodeType() + "), actual " + actual + " (" + actual.getNodeType() + ")");
        }
    }

    /** Equal values of equal JSON types; numbers compare by value (1.0 equals 1.00), not by Java type. */
    private static boolean sameValue(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0 && a.isIntegralNumber() == b.isIntegralNumber();
        }
        return a.equals(b);
    }
}
