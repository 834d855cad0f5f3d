package com.partnercenter.analytics.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A typed result together with the HTTP answer it came in, from the {@code ...WithResponse} methods (in the style of
 * the Azure SDK's {@code Response<T>}): the status, the response headers ({@code MS-RequestId},
 * {@code MS-CorrelationId}, {@code MS-CV}, ...) and every attempt the call took, with the {@code Retry-After} each
 * failed attempt was answered with. Nothing is requested twice: it is the same exchange the value was read from.
 *
 * @param <T> the value, e.g. {@code Page<Subscription>}
 */
public final class Response<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final List<Attempt> attempts;
    private final T value;

    Response(int statusCode, Map<String, ? extends Collection<String>> headers, List<Attempt> attempts, T value) {
        this.statusCode = statusCode;
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        this.headers = java.util.Collections.unmodifiableMap(copy);
        this.attempts = List.copyOf(attempts);
        this.value = value;
    }

    /** The HTTP status of the answer, e.g. 200. */
    public int statusCode() {
        return statusCode;
    }

    /** The response headers, looked up without regard to case. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** A response header's first value, without regard to case. */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    /** The service's {@code MS-RequestId} response header. */
    public Optional<String> requestId() {
        return header("MS-RequestId");
    }

    /** The service's {@code MS-CorrelationId} response header. */
    public Optional<String> correlationId() {
        return header("MS-CorrelationId");
    }

    /** The service's {@code MS-CV} response header. */
    public Optional<String> correlationVector() {
        return header("MS-CV");
    }

    /** Every attempt, in order; the last one succeeded. Its size is 1 when no retry was needed. */
    public List<Attempt> attempts() {
        return attempts;
    }

    /** The typed value read from the body. */
    public T value() {
        return value;
    }

    @Override
    public String toString() {
        return "Response[" + statusCode + ", attempts=" + attempts.size() + ", " + value + "]";
    }
}
