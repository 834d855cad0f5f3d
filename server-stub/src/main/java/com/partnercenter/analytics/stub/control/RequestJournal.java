package com.partnercenter.analytics.stub.control;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API requests the stub received, for tests to assert on (the JUnit extension's {@code stub.requests()}). Off
 * unless {@code stub.request-journal=true}: a stub serving a load test keeps nothing. Holds the latest
 * {@value #CAPACITY} requests.
 */
public final class RequestJournal {
    static final int CAPACITY = 10_000;
    static final long UNFINISHED_WAIT_MILLIS = 2_000;
    private static final String ENTRY = RequestJournal.class.getName() + ".entry";

    private final boolean enabled;
    private final Deque<RecordedRequest> entries = new ArrayDeque<>();

    public RequestJournal(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    /** Records an API request as it arrives (before faults and checks), when the journal is on. */
    public void record(HttpServletRequest request, String path, String operationId) {
        if (!enabled) {
            return;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            String key = name.toLowerCase(Locale.ROOT);
            List<String> values = Collections.list(request.getHeaders(name));
            if (key.equals("authorization")) {
                values = values.stream().map(v -> v.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer ***" : "***").toList();
            }
            headers.put(key, List.copyOf(values));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> query.put(name, List.of(values)));
        RecordedRequest entry = new RecordedRequest(operationId, request.getMethod(), path,
                Collections.unmodifiableMap(query), Collections.unmodifiableMap(headers));
        request.setAttribute(ENTRY, entry);
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
    }

    /** Notes the answer's status once the request is answered (not while it is suspended). */
    public void completed(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(ENTRY) instanceof RecordedRequest entry && !request.isAsyncStarted()) {
            synchronized (entries) {
                entry.completed(response.getStatus());
                entries.notifyAll();
            }
        }
    }

    /**
     * The recorded requests, oldest first. A client has its answer a moment before the stub's filter has finished
     * with the request, so this waits (at most {@code UNFINISHED_WAIT_MILLIS}) for requests still being finished;
     * a request still unanswered after that (a long injected delay) shows status 0.
     */
    public List<RecordedRequest> requests() {
        long deadline = System.nanoTime() + UNFINISHED_WAIT_MILLIS * 1_000_000L;
        synchronized (entries) {
            while (entries.stream().anyMatch(e -> e.status() == 0)) {
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    break;
                }
                try {
                    entries.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return List.copyOf(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }
}
