package com.partnercenter.analytics.client.error;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The root of the client's unchecked exceptions. Every failed call ends in exactly one of them, carrying the HTTP
 * status, the Partner Center error body ({@code code}, {@code description}, {@code data}, {@code source}), the
 * request and correlation ids that were sent, {@code Retry-After} and the number of attempts.
 *
 * <p>Subclasses by cause: {@link BadRequestException} (400), {@link UnauthorizedException} (401),
 * {@link ForbiddenException} (403), {@link NotFoundException} (404), {@link ThrottledException} (429),
 * {@link ServerErrorException} (5xx), {@link TransportException} (no response: connection fault or timeout) and
 * {@link InvalidResponseException} (a success status with a body that cannot be read). Other statuses (405, 406,
 * 408, 409, ...) are thrown as this class itself.
 *
 * <p>Messages never contain the bearer token or any other request header.
 */
public class PartnerCenterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorDetails details;

    public PartnerCenterException(ErrorDetails details, Throwable cause) {
        super(describe(details), cause);
        this.details = details;
    }

    /** Every field at once. */
    public ErrorDetails details() {
        return details;
    }

    /** The HTTP status of the last attempt; 0 when no response arrived. */
    public int statusCode() {
        return details.statusCode();
    }

    /** The Partner Center error {@code code} as sent (the service sends numbers, the docs say string), or {@code null}. */
    public String code() {
        return details.code();
    }

    /** {@link #code()} as a number, when it is one. */
    public OptionalInt codeAsInt() {
        String code = details.code();
        if (code != null) {
            try {
                return OptionalInt.of(Integer.parseInt(code.trim()));
            } catch (NumberFormatException e) {
                // a non-numeric code is kept as text only
            }
        }
        return OptionalInt.empty();
    }

    /** The error {@code description} (for 429, the throttling {@code message}), or {@code null}. */
    public String description() {
        return details.description();
    }

    /** The error {@code data} entries; empty when the body had none. */
    public List<String> data() {
        return details.data();
    }

    /** The error {@code source}, such as {@code PartnerFD}, or {@code null}. */
    public String source() {
        return details.source();
    }

    /** The {@code MS-RequestId} that was sent, the same on every attempt. */
    public UUID requestId() {
        return details.requestId();
    }

    /** The {@code MS-CorrelationId} that was sent. */
    public UUID correlationId() {
        return details.correlationId();
    }

    /** The service's {@code MS-CV} response header, useful in support requests. */
    public Optional<String> correlationVector() {
        return Optional.ofNullable(details.correlationVector());
    }

    /** How long the service asked to wait ({@code Retry-After}). */
    public Optional<Duration> retryAfter() {
        return details.retryAfterOptional();
    }

    /** How many times the request was sent, retries included. */
    public int attempts() {
        return details.attempts();
    }

    /** The operationId of the call, e.g. {@code listSubscriptions}. */
    public String operationId() {
        return details.operationId();
    }

    /** The start of the response body, or {@code null}. */
    public String responseBody() {
        return details.responseBody();
    }

    private static String describe(ErrorDetails d) {
        StringBuilder sb = new StringBuilder();
        sb.append(d.operationId() == null ? "Call" : d.operationId()).append(" (").append(d.method()).append(' ')
                .append(d.url()).append(") ");
        if (d.statusCode() > 0) {
            sb.append("failed with HTTP ").append(d.statusCode());
            if (d.code() != null) {
                sb.append(", Partner Center code ").append(d.code());
            }
        } else {
            sb.append("failed without a response");
        }
        if (d.description() != null) {
            sb.append(": ").append(d.description());
        }
        if (!d.data().isEmpty()) {
            sb.append(" ").append(d.data());
        }
        if (d.source() != null) {
            sb.append(" (source ").append(d.source()).append(')');
        }
        sb.append(" [MS-RequestId ").append(d.requestId()).append(", MS-CorrelationId ").append(d.correlationId());
        if (d.correlationVector() != null) {
            sb.append(", MS-CV ").append(d.correlationVector());
        }
        if (d.retryAfter() != null) {
            sb.append(", Retry-After ").append(d.retryAfter().toSeconds()).append(" s");
        }
        sb.append(", attempts ").append(d.attempts()).append(']');
        return sb.toString();
    }
}
