package com.partnercenter.analytics.stub.faults;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Faults a test asks for in advance: the next N requests (of one operation, or of any) throttled, failing or
 * delayed. {@link FaultInjector} takes one from here before rolling the configured rates; the per-request header
 * still overrides. Empty unless a test (the JUnit extension) adds to it.
 */
public final class ScriptedFaults {
    private static final class Rule {
        final String operationId;
        final FaultInjector.Fault fault;
        int remaining;

        Rule(String operationId, FaultInjector.Fault fault, int remaining) {
            this.operationId = operationId;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Rule> rules = new ArrayList<>();
    private volatile boolean empty = true;

    /**
     * The next {@code count} requests of {@code operationId} ({@code null}: of any operation) get this fault.
     *
     * @param status       429, 500 or 503 (or 400, 403, 404, like the header); 0 for a delay only
     * @param retryAfter   the {@code Retry-After} seconds of a 429 or 503
     * @param latencyMillis the delay before answering, 0 for none
     */
    public synchronized void add(String operationId, int count, int status, int retryAfter, long latencyMillis) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (status != 0 && !FaultInjector.HEADER_STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be one of " + FaultInjector.HEADER_STATUSES + ", was " + status);
        }
        if (retryAfter < 0 || latencyMillis < 0) {
            throw new IllegalArgumentException("retryAfter and latency must not be negative");
        }
        rules.add(new Rule(operationId, new FaultInjector.Fault(latencyMillis, status, retryAfter), count));
        empty = false;
    }

    /** The fault for this request, consuming one of its rule's count, or null. */
    synchronized FaultInjector.Fault take(String operationId) {
        if (empty) {
            return null;
        }
        for (Iterator<Rule> it = rules.iterator(); it.hasNext(); ) {
            Rule rule = it.next();
            if (rule.operationId == null || Objects.equals(rule.operationId, operationId)) {
                if (--rule.remaining == 0) {
                    it.remove();
                }
                empty = rules.isEmpty();
                return rule.fault;
            }
        }
        return null;
    }

    /** Faults added but not yet taken. */
    public synchronized int pending() {
        return rules.stream().mapToInt(r -> r.remaining).sum();
    }

    public synchronized void clear() {
        rules.clear();
        empty = true;
    }
}
