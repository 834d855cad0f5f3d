package com.partnercenter.analytics.stub.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One API request the stub received, as the request journal keeps it for a test's assertions.
 *
 * <p>Header names are lower case; the {@code Authorization} value is kept as {@code Bearer ***}: a journal is test
 * output, and tokens never appear in the stub's output.
 */
public final class RecordedRequest {
    private final String operationId;
    private final String method;
    private final String path;
    private final Map<String, List<String>> query;
    private final Map<String, List<String>> headers;
    private volatile int status;

    RecordedRequest(String operationId, String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers) {
        this.operationId = operationId;
        this.method = method;
        this.path = path;
        this.query = query;
        this.headers = headers;
    }

    /** The spec's operation id, e.g. {@code listSubscriptions}; empty for a path no operation has (answered 404). */
    public Optional<String> operationId() {
        return Optional.ofNullable(operationId);
    }

    public String method() {
        return method;
    }

    /** The path as the stub received it, without the query string. */
    public String path() {
        return path;
    }

    /** The decoded query parameters, in the order they came. */
    public Map<String, List<String>> queryParameters() {
        return query;
    }

    /** The first value of query parameter {@code name}, if sent. */
    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** Every request header, names lower case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** The first value of header {@code name} (any letter case), if sent. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The status the stub answered, or 0 while the answer is not finished (a delayed request). */
    public int status() {
        return status;
    }

    void completed(int status) {
        this.status = status;
    }

    @Override
    public String toString() {
        return method + " " + path + (query.isEmpty() ? "" : " " + query) + " -> " + (operationId == null ? "(no operation)" : operationId)
                + (status == 0 ? "" : " " + status);
    }
}
