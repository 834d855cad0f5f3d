package com.partnercenter.analytics.contract.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code scenarios.yaml}: the {@code common} scenarios apply to every operation, then each operation's own
 * list; an operation's scenario replaces a common one of the same name, and {@code skip: [names]} drops common
 * ones; an operation's {@code pathParams} are the default of its scenarios. Unknown keys and unknown operations
 * are errors.
 */
public final class ScenarioFile {
    public static final Path SOURCE = Path.of("src/test/resources/scenarios.yaml");
    private static final Set<String> KEYS = Set.of("scenario", "status", "pathParams", "path", "query", "headers", "auth",
            "fault", "nextPageOf");

    private ScenarioFile() {
    }

    public static List<Scenario> read(Path file, AnalyticsSpec spec) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        List<JsonNode> common = new ArrayList<>();
        root.path("common").forEach(common::add);
        List<Scenario> result = new ArrayList<>();
        Set<String> keys = new LinkedHashSet<>();
        root.path("operations").fields().forEachRemaining(op -> {
            String operationId = op.getKey();
            if (spec.operation(operationId).isEmpty()) {
                throw new IllegalArgumentException(file + ": operations." + operationId + " is not an operation of the spec");
            }
            Map<String, JsonNode> byName = new LinkedHashMap<>();
            Set<String> skip = new LinkedHashSet<>();
            op.getValue().path("skip").forEach(s -> skip.add(s.asText()));
            for (JsonNode c : common) {
                if (!skip.contains(c.path("scenario").asText())) {
                    byName.put(c.path("scenario").asText(), c);
                }
            }
            for (JsonNode s : op.getValue().path("scenarios")) {
                byName.put(s.path("scenario").asText(), s);
            }
            Map<String, String> defaultPathParams = strings(op.getValue().path("pathParams"));
            for (JsonNode s : byName.values()) {
                Scenario scenario = scenario(file, operationId, s, defaultPathParams);
                if (!keys.add(scenario.key())) {
                    throw new IllegalArgumentException(file + ": scenario " + scenario.key() + " twice");
                }
                result.add(scenario);
            }
        });
        return result;
    }

    private static Scenario scenario(Path file, String operationId, JsonNode s, Map<String, String> defaultPathParams) {
        s.fieldNames().forEachRemaining(k -> {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException(file + ": " + operationId + "/" + s.path("scenario").asText()
                        + ": unknown key '" + k + "' (allowed: " + KEYS + ")");
            }
        });
        String name = s.path("scenario").asText();
        if (!name.matches("[a-z0-9]+(-[a-z0-9]+)*") || name.startsWith("quirk-")) {
            throw new IllegalArgumentException(file + ": " + operationId + ": bad scenario name '" + name + "'");
        }
        if (!s.path("status").isInt()) {
            throw new IllegalArgumentException(file + ": " + operationId + "/" + name + ": no status");
        }
        Map<String, String> pathParams = new LinkedHashMap<>(defaultPathParams);
        pathParams.putAll(strings(s.path("pathParams")));
        return new Scenario(operationId, name, s.path("status").asInt(), pathParams,
                s.path("path").asText(null), strings(s.path("query")), strings(s.path("headers")),
                s.path("auth").asText("bearer"), s.path("fault").asText(null), s.path("nextPageOf").asText(null));
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        return map;
    }
}
