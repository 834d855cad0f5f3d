package com.partnercenter.analytics.client.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.spec.AnalyticsSpec;

/** The named examples of the bundled spec, as JSON text: the tests serve the service's documented bodies. */
public final class SpecExamples {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecExamples() {
    }

    public static String json(String exampleName) {
        JsonNode value = AnalyticsSpec.bundled().document().path("components").path("examples").path(exampleName).path("value");
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("No example " + exampleName + " in the spec");
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
