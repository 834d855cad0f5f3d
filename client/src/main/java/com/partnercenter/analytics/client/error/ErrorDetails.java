package com.partnercenter.analytics.client.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything known about a failed call: what was sent, what came back, and how often it was tried.
 *
 * @param operationId       the spec's operationId, e.g. {@code listSubscriptions}
 * @param method            the HTTP method
 * @param url               the URL of the last attempt (path and query; never any header)
 * @param statusCode        the HTTP status of the last attempt, or 0 when no response arrived
 * @param code              the Partner Center error {@code code} as sent (a number or a string), or {@code null}
 * @param description       the error {@code description} (or the throttling {@code message}), or {@code null}
 * @param data              the error {@code data} entries, as text; empty when absent
 * @param source            the error {@code source}, e.g. {@code PartnerFD}, or {@code null}
 * @param requestId         the {@code MS-RequestId} sent (the same on every attempt of the call)
 * @param correlationId     the {@code MS-CorrelationId} sent
 * @param correlationVector the {@code MS-CV} response header, or {@code null}
 * @param retryAfter        the wait the service asked for ({@code Retry-After}, in seconds or as an HTTP date), or {@code null}
 * @param attempts          how many times the request was sent
 * @param responseBody      the start of the response body (at most 4096 characters), or {@code null}
 */
public record ErrorDetails(
        String operationId,
        String method,
        String url,
        int statusCode,
        String code,
        String description,
        List<String> data,
        String source,
        UUID requestId,
        UUID correlationId,
        String correlationVector,
        Duration retryAfter,
        int attempts,
        String responseBody) implements java.io.Serializable {

    public ErrorDetails {
        data = data == null ? List.of() : List.copyOf(data);
    }

    /** The same details with another attempt count. */
    public ErrorDetails withAttempts(int attempts) {
        return new ErrorDetails(operationId, method, url, statusCode, code, description, data, source, requestId,
                correlationId, correlationVector, retryAfter, attempts, responseBody);
    }

    /** {@link #retryAfter()} as an optional. */
    public Optional<Duration> retryAfterOptional() {
        return Optional.ofNullable(retryAfter);
    }
}
