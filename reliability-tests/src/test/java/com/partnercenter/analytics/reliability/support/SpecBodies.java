package com.partnercenter.analytics.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.spec.AnalyticsSpec;

/** The spec's named examples as JSON text: the fault server answers with the service's documented bodies. */
public final class SpecBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecBodies() {
    }

    public static String example(String name) {
        JsonNode value = AnalyticsSpec.bundled().document().path("components").path("examples").path(name).path("value");
        if (value.isMissingNode()) {
            throw new IllegalArgumentException("No example " + name + " in the spec");
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
