package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static com.partnercenter.analytics.stub.web.ErrorsAndHeadersHttpTest.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented bounds are the served bounds. From the spec document (not from constants), for every bounded
 * query parameter and every operation that declares it: a value at each bound is answered 200, a value one past it
 * 400 with a message that names the bound. Integer bounds are the schema's {@code minimum}/{@code maximum}, or the
 * limit of its {@code format} ({@code int32}) where no maximum is given; string bounds are {@code maxLength}, sent
 * percent-encoded throughout (each character as {@code %XX}, three times its length).
 */
class DocumentedBoundsHttpTest extends HttpTestBase {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    record Probe(String operation, String parameter, String value, boolean valid, String boundText) {
        @Override
        public String toString() {
            String shown = value.length() > 40 ? value.length() + " characters" : value;
            return operation + " " + parameter + "=" + shown + (valid ? " (at the bound)" : " (one past the bound)");
        }
    }

    static Stream<Arguments> probes() {
        List<Probe> probes = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> parameters = SPEC.document().path("components").path("parameters").fields();
        while (parameters.hasNext()) {
            JsonNode parameter = parameters.next().getValue();
            if (!"query".equals(parameter.path("in").asText())) {
                continue;
            }
            String name = parameter.path("name").asText();
            JsonNode schema = parameter.path("schema");
            for (OperationDescriptor op : SPEC.operations().values()) {
                if (!op.queryParameters().contains(name)) {
                    continue;
                }
                if ("integer".equals(schema.path("type").asText())) {
                    boolean int32 = "int32".equals(schema.path("format").asText());
                    long min = schema.path("minimum").asLong(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE);
                    long max = schema.path("maximum").asLong(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE);
                    String bound = "must be an integer from " + min + " to " + max;
                    probes.add(new Probe(op.operationId(), name, String.valueOf(min), true, bound));
                    probes.add(new Probe(op.operationId(), name, String.valueOf(min - 1), false, bound));
                    probes.add(new Probe(op.operationId(), name, String.valueOf(max), true, bound));
                    probes.add(new Probe(op.operationId(), name, String.valueOf(max + 1), false, bound));
                }
                if (schema.has("maxLength")) {
                    int max = schema.path("maxLength").asInt();
                    String bound = "the maximum is " + max + " characters";
                    probes.add(new Probe(op.operationId(), name, filterOfLength(op, max), true, bound));
                    probes.add(new Probe(op.operationId(), name, filterOfLength(op, max + 1), false, bound));
                }
            }
        }
        assertThat(probes).extracting(Probe::parameter).contains("top", "skip", "filter");
        return probes.stream().map(Arguments::of);
    }

    /** A valid filter of exactly {@code length} characters: {@code <a string field> eq 'AAA...'}. */
    static String filterOfLength(OperationDescriptor op, int length) {
        FieldCapability field = op.query().orElseThrow().filterableFields().stream()
                .filter(f -> f.type() == FieldType.STRING && f.allows(FilterOperator.EQ))
                .findFirst().orElseThrow(() -> new AssertionError(op.operationId() + " has no string field taking eq"));
        String head = field.name() + " eq '";
        return head + "A".repeat(length - head.length() - 1) + "'";
    }

    /** Every character as {@code %XX}: the longest form a client may send. */
    static String encodeEveryCharacter(String s) {
        StringBuilder out = new StringBuilder(s.length() * 3);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            out.append('%').append(String.format("%02X", b & 0xFF));
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("probes")
    void aValueAtEachDocumentedBoundIsServedAndOnePastItIsA400NamingTheBound(Probe probe) {
        OperationDescriptor op = SPEC.operation(probe.operation()).orElseThrow();
        String path = op.path().replace("{customer-id}", "4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
        HttpResponse<String> r = get(path + "?" + probe.parameter() + "=" + encodeEveryCharacter(probe.value()));
        if (probe.valid()) {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            assertThat(json(r).has("Value") || json(r).has("items")).isTrue();
        } else {
            assertServiceError(r, 400, 800002);
            assertThat(json(r).get("data")).extracting(JsonNode::asText).containsExactly(probe.parameter());
            assertThat(json(r).get("description").asText()).contains(probe.boundText());
        }
    }
}
