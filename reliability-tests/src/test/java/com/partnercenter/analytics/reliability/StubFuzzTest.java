package com.partnercenter.analytics.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.reliability.support.Exchange;
import com.partnercenter.analytics.reliability.support.RequestFuzzer;
import com.partnercenter.analytics.reliability.support.RequestFuzzer.FuzzRequest;
import com.partnercenter.analytics.reliability.support.SpecContract;
import com.partnercenter.analytics.reliability.support.StubHttp;
import com.partnercenter.analytics.reliability.support.StubServer;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spec-driven fuzzing of the stub (issue 6, item 1): {@value #REQUESTS} requests from seed {@value #SEED} across every
 * operation of the spec: valid and invalid values for each parameter, well-formed and malformed filters, odd
 * encodings, huge and empty values, wrong methods, missing and malformed tokens, odd headers, bad paths, bodies on
 * GET. Every answer must have a status the spec documents for the operation, a body that validates against that
 * status's schema, and no 5xx; where the answer is certain (a valid query is a 200, an invalid value a 400, ...) it
 * must be that one. A request to a method the path does not have is no operation of the spec: it must be a 405 in
 * the service's error shape, with {@code Allow}.
 *
 * <p>Prints the counts per status, per operation and per kind of request.
 */
@ExtendWith(StubServer.class)
class StubFuzzTest {
    static final long SEED = 20261120L;
    static final int REQUESTS = 5500;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyAnswerToFuzzedRequestsIsDocumentedValidAndNeverA5xx() {
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        SpecContract contract = new SpecContract(spec);
        StubHttp http = new StubHttp(StubServer.baseUrl());
        RequestFuzzer fuzzer = new RequestFuzzer(spec, SEED, sampleRows(spec, http), knownCustomer(http));

        List<FuzzRequest> requests = fuzzer.generate(REQUESTS);
        Map<Integer, Integer> perStatus = new TreeMap<>();
        Map<String, Map<Integer, Integer>> perOperation = new LinkedHashMap<>();
        Map<RequestFuzzer.Kind, Map<Integer, Integer>> perKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long sending = 0;
        long checking = 0;
        for (FuzzRequest request : requests) {
            long t0 = System.nanoTime();
            Exchange e = send(http, request);
            long t1 = System.nanoTime();
            sending += t1 - t0;
            perStatus.merge(e.status(), 1, Integer::sum);
            perOperation.computeIfAbsent(request.op().operationId(), k -> new TreeMap<>()).merge(e.status(), 1, Integer::sum);
            perKind.computeIfAbsent(request.kind(), k -> new TreeMap<>()).merge(e.status(), 1, Integer::sum);
            List<String> problems = problems(contract, request, e);
            checking += System.nanoTime() - t1;
            if (!problems.isEmpty() && failures.size() < 40) {
                failures.add(request.kind() + " [" + request.note() + "] " + e.describe() + "\n      " + String.join("\n      ", problems));
            } else if (!problems.isEmpty()) {
                failures.add("…");
            }
        }

        System.out.println(table(perStatus, perOperation, perKind, requests.size()));
        System.out.printf("(time spent sending %d ms, checking against the spec %d ms)%n", sending / 1_000_000, checking / 1_000_000);
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5000);
        assertThat(perOperation.keySet()).as("every operation was fuzzed").containsExactlyInAnyOrderElementsOf(spec.operations().keySet());
        assertThat(perStatus.keySet()).as("no 5xx").allMatch(s -> s < 500);
        assertThat(failures).as("answers that break the spec or the expected outcome").isEmpty();
    }

    static List<String> problems(SpecContract contract, FuzzRequest request, Exchange e) {
        OperationDescriptor op = request.op();
        List<String> problems = new ArrayList<>();
        if (request.method().equals(op.method())) {
            problems.addAll(contract.problems(op, e));
        } else {
            if (e.status() != 405) {
                problems.add("a method the path does not have must be a 405");
            }
            if (!e.header("Allow").orElse("").contains(op.method())) {
                problems.add("405 without Allow: " + op.method());
            }
            problems.addAll(contract.serviceErrorProblems(e));
        }
        if (!request.expected().isEmpty() && !request.expected().contains(e.status())) {
            problems.add("expected " + request.expected());
        }
        return problems;
    }

    static Exchange send(StubHttp http, FuzzRequest r) {
        if (r.raw()) {
            return http.raw(r.method(), r.target(), r.headers(), r.body());
        }
        List<String> pairs = new ArrayList<>();
        for (String line : r.headers()) {
            int colon = line.indexOf(':');
            pairs.add(line.substring(0, colon).trim());
            pairs.add(line.substring(colon + 1).trim());
        }
        return http.send(r.method(), r.target(), r.body() == null ? null : new String(r.body(), StandardCharsets.UTF_8),
                pairs.toArray(String[]::new));
    }

    /** A page of rows of each analytics operation: values that real filters would use. */
    static Map<String, List<JsonNode>> sampleRows(AnalyticsSpec spec, StubHttp http) {
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        for (OperationDescriptor op : spec.operations().values()) {
            if (op.query().isEmpty()) {
                continue;
            }
            Exchange e = http.get(op.path() + "?top=40");
            assertThat(e.status()).as(e.describe()).isEqualTo(200);
            List<JsonNode> list = new ArrayList<>();
            json(e.body()).path("Value").forEach(list::add);
            rows.put(op.operationId(), list);
        }
        return rows;
    }

    /** A customer the stub knows, from its subscriptions. */
    static String knownCustomer(StubHttp http) {
        OperationDescriptor subscriptions = AnalyticsSpec.bundled().operation("listSubscriptions").orElseThrow();
        Exchange e = http.get(subscriptions.path() + "?top=1");
        return json(e.body()).path("Value").get(0).path("customerTenantId").asText();
    }

    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String table(Map<Integer, Integer> perStatus, Map<String, Map<Integer, Integer>> perOperation,
                        Map<RequestFuzzer.Kind, Map<Integer, Integer>> perKind, int total) {
        TreeSet<Integer> statuses = new TreeSet<>(perStatus.keySet());
        StringBuilder sb = new StringBuilder();
        sb.append("\nStub fuzzing: ").append(total).append(" requests, seed ").append(SEED).append("\n");
        sb.append(String.format("%-42s", "status"));
        statuses.forEach(s -> sb.append(String.format("%7d", s)));
        sb.append(String.format("%8s%n", "total"));
        sb.append(row("all", perStatus, statuses));
        perOperation.forEach((op, counts) -> sb.append(row(op, counts, statuses)));
        perKind.forEach((kind, counts) -> sb.append(row("kind " + kind, counts, statuses)));
        return sb.toString();
    }

    private static String row(String label, Map<Integer, Integer> counts, TreeSet<Integer> statuses) {
        StringBuilder sb = new StringBuilder(String.format("%-42s", label));
        statuses.forEach(s -> sb.append(String.format("%7d", counts.getOrDefault(s, 0))));
        sb.append(String.format("%8d%n", counts.values().stream().mapToInt(Integer::intValue).sum()));
        return sb.toString();
    }
}
