package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the spec says about query parameters beyond their names: the bounds of {@code top} and {@code skip}
 * (their schemas' minimum and maximum; without a maximum, the largest value of the schema's {@code format},
 * 2147483647 for {@code int32}), the longest value of a string parameter ({@code maxLength}, e.g. 65536 for
 * {@code filter}) and accepted alternative spellings ({@code x-pc-aliases}, e.g. {@code groupBy}). Read once from
 * the document, so every error message names the bound the document states; one instance per spec (a Spring bean
 * in the stub).
 */
public final class ParameterRules {
    private final Map<String, long[]> bounds = new HashMap<>();
    private final Map<String, String> aliases = new LinkedHashMap<>();
    private final Map<String, Integer> maxLengths = new HashMap<>();

    public ParameterRules(AnalyticsSpec spec) {
        Iterator<Map.Entry<String, JsonNode>> it = spec.document().path("components").path("parameters").fields();
        while (it.hasNext()) {
            JsonNode p = it.next().getValue();
            String name = p.path("name").asText();
            JsonNode schema = p.path("schema");
            if ("integer".equals(schema.path("type").asText())) {
                long formatMax = "int32".equals(schema.path("format").asText()) ? Integer.MAX_VALUE : Long.MAX_VALUE;
                long formatMin = "int32".equals(schema.path("format").asText()) ? Integer.MIN_VALUE : Long.MIN_VALUE;
                bounds.put(name, new long[]{schema.path("minimum").asLong(formatMin), schema.path("maximum").asLong(formatMax)});
            }
            if (schema.has("maxLength")) {
                maxLengths.put(name, schema.path("maxLength").asInt());
            }
            p.path("x-pc-aliases").forEach(a -> aliases.put(a.asText(), name));
        }
    }

    /** The alias spellings and the parameter each stands for, e.g. {@code groupBy -> groupby}. */
    public Map<String, String> aliases() {
        return aliases;
    }

    /**
     * The value of a parameter given under its name (as the generated interface bound it) or one of its aliases,
     * which the generated interfaces do not bind (the same value twice is fine).
     */
    public String aliased(HttpServletRequest request, String canonical, String bound) {
        String value = bound;
        String valueName = canonical;
        for (Map.Entry<String, String> alias : aliases.entrySet()) {
            if (!alias.getValue().equals(canonical)) {
                continue;
            }
            String other = request.getParameter(alias.getKey());
            if (other == null) {
                continue;
            }
            if (value != null && !value.equals(other)) {
                throw ApiException.badRequest(canonical, "Invalid request input: '" + valueName + "' and '" + alias.getKey()
                        + "' are the same parameter but have different values.");
            }
            value = other;
            valueName = alias.getKey();
        }
        return value;
    }

    /**
     * Rejects an integer parameter whose text is not a plain decimal integer. Spring's number conversion also takes
     * hexadecimal ({@code 0x10}, {@code #10}) and surrounding blanks, which the spec's {@code type: integer} does not.
     * An empty value stays "not given", as before.
     */
    public void checkDecimal(String name, String text) {
        if (text != null && !text.isEmpty() && bounds.containsKey(name) && !DECIMAL.matcher(text).matches()) {
            throw invalidValue(name, text);
        }
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]+");

    /**
     * Rejects a string parameter longer than its {@code maxLength}:
     * "Invalid value for parameter 'filter': it has 65537 characters; the maximum is 65536."
     */
    public void checkLength(String name, String value) {
        Integer max = maxLengths.get(name);
        if (value != null && max != null && value.length() > max) {
            throw ApiException.badRequest(name, "Invalid value for parameter '" + name + "': it has " + value.length()
                    + " characters; the maximum is " + max + " characters.");
        }
    }

    /** Checks an integer parameter against the spec's bounds. */
    public int check(String name, Integer value) {
        long[] b = bounds.get(name);
        if (value == null || b == null) {
            return value == null ? 0 : value;
        }
        if (value < b[0] || value > b[1]) {
            throw invalidValue(name, value);
        }
        return value;
    }

    /** "Invalid value 'x' for parameter 'top': must be an integer from 1 to 10000." */
    public ApiException invalidValue(String name, Object value) {
        String expected;
        long[] b = bounds.get(name);
        if (b != null && b[1] != Long.MAX_VALUE && b[0] != Long.MIN_VALUE) {
            expected = "must be an integer from " + b[0] + " to " + b[1];
        } else if (b != null) {
            expected = "must be an integer of " + b[0] + " or more";
        } else if ("customer-id".equals(name) || name.startsWith("MS-") && name.endsWith("Id")) {
            expected = "must be a GUID such as 4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04";
        } else {
            expected = "it has the wrong type";
        }
        return ApiException.badRequest(name, "Invalid value '" + abbreviate(String.valueOf(value)) + "' for parameter '" + name + "': " + expected + ".");
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
