package com.partnercenter.analytics.reliability.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.check.SpecSchemaValidator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What the spec promises about a response of an operation: a documented status, JSON, and a body that validates
 * against that status's schema ({@link SpecSchemaValidator}, strict: unknown properties are errors too), and the
 * headers the documented response declares as essential ({@code WWW-Authenticate} on 401, {@code Retry-After} on
 * 429).
 */
public final class SpecContract {
    private final AnalyticsSpec spec;
    private final SpecSchemaValidator validator;

    public SpecContract(AnalyticsSpec spec) {
        this.spec = spec;
        this.validator = new SpecSchemaValidator(spec);
    }

    public AnalyticsSpec spec() {
        return spec;
    }

    /** The JSON pointer of the schema of {@code op}'s documented response {@code status}, if it has a JSON body. */
    public Optional<String> schemaPointer(OperationDescriptor op, int status) {
        JsonNode response = spec.resolve(spec.document().path("paths").path(op.path())
                .path(op.method().toLowerCase(Locale.ROOT)).path("responses").path(String.valueOf(status)));
        JsonNode schema = response.path("content").path("application/json").path("schema");
        if (schema.has("$ref")) {
            return Optional.of(schema.get("$ref").asText().substring(1));
        }
        return Optional.empty();
    }

    /** Everything about {@code e} that breaks the spec's promises for {@code op}; empty when it keeps them. */
    public List<String> problems(OperationDescriptor op, Exchange e) {
        List<String> problems = new ArrayList<>();
        if (e.status() >= 500) {
            problems.add("a 5xx answer");
        }
        if (!op.responseStatuses().contains(e.status())) {
            problems.add("status " + e.status() + " is not documented for " + op.operationId() + " " + op.responseStatuses());
            return problems;
        }
        problems.addAll(bodyProblems(e, schemaPointer(op, e.status()).orElse(null)));
        if (e.status() == 401 && e.header("WWW-Authenticate").isEmpty()) {
            problems.add("401 without WWW-Authenticate");
        }
        if (e.status() == 429 && e.header("Retry-After").isEmpty()) {
            problems.add("429 without Retry-After");
        }
        return problems;
    }

    /** The body of {@code e} as JSON of the schema at {@code pointer}. */
    public List<String> bodyProblems(Exchange e, String pointer) {
        List<String> problems = new ArrayList<>();
        if (pointer == null) {
            problems.add("no JSON schema documented for " + e.status());
            return problems;
        }
        String type = e.header("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            problems.add("Content-Type '" + type + "' is not application/json");
        }
        for (String message : validator.validateJson(e.body(), pointer)) {
            problems.add(pointer + " " + message);
            if (problems.size() > 5) {
                break;
            }
        }
        return problems;
    }

    /** The body of a service error ({@code /components/schemas/ServiceError}). */
    public List<String> serviceErrorProblems(Exchange e) {
        return bodyProblems(e, "/components/schemas/ServiceError");
    }
}
