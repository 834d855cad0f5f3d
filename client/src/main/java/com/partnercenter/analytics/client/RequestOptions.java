package com.partnercenter.analytics.client;

import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Settings for one call that override the client's for that call only: a timeout, a retry policy, an
 * {@code MS-CorrelationId}, extra request headers. Immutable; made with {@link #builder()}; pass it to any method
 * that takes one ({@code list(query, options)}, {@code listWithResponse(query, options)}, {@code listAll(query,
 * options)}, the license insights operations, and the same methods of {@code client.async()}). What it does not set
 * stays as the client has it.
 *
 * <pre>{@code
 * RequestOptions urgent = RequestOptions.builder()
 *         .timeout(Duration.ofSeconds(5))
 *         .retryPolicy(RetryPolicy.none())
 *         .correlationId(jobId)
 *         .header("X-Locale", "de-DE")
 *         .build();
 * }</pre>
 */
public final class RequestOptions {
    /** Headers the client owns: a call may not replace them (the token, the ids, the contract, the framing). */
    static final Set<String> RESERVED_HEADERS = Set.of("authorization", "accept", "ms-requestid", "ms-correlationid",
            "ms-contract-version", "host", "content-length", "transfer-encoding", "connection");

    private static final RequestOptions NONE = new Builder().build();

    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final UUID correlationId;
    private final Map<String, String> headers;

    private RequestOptions(Builder b) {
        this.timeout = b.timeout;
        this.retryPolicy = b.retryPolicy;
        this.correlationId = b.correlationId;
        Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        copy.putAll(b.headers);
        this.headers = Collections.unmodifiableMap(copy);
    }

    /** No overrides: the call runs with the client's settings. */
    public static RequestOptions none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** How long one attempt may wait for the connection and for each read (the client's connect and read timeouts). */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** The retry policy of this call, in place of the client's. */
    public Optional<RetryPolicy> retryPolicy() {
        return Optional.ofNullable(retryPolicy);
    }

    /** The {@code MS-CorrelationId} of this call (for a pass over pages, of every page of it). */
    public Optional<UUID> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** Extra request headers, by name without regard to case; they replace the client's of the same name. */
    public Map<String, String> headers() {
        return headers;
    }

    @Override
    public String toString() {
        // Header values are not printed: a caller may put something private in one.
        return "RequestOptions[timeout=" + timeout + ", retryPolicy=" + retryPolicy + ", correlationId=" + correlationId
                + ", headers=" + headers.keySet() + "]";
    }

    /** Builds {@link RequestOptions}; checks each value as it is set. */
    public static final class Builder {
        private Duration timeout;
        private RetryPolicy retryPolicy;
        private UUID correlationId;
        private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

        private Builder() {
        }

        /** How long one attempt may wait for the connection and for each read; positive. */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive, was " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The retry policy of this call; {@link RetryPolicy#none()} sends it once. */
        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The {@code MS-CorrelationId} of this call. */
        public Builder correlationId(UUID correlationId) {
            this.correlationId = Objects.requireNonNull(correlationId, "correlationId");
            return this;
        }

        /**
         * An extra request header, e.g. {@code X-Locale} for this call or a header your gateway needs. The headers the
         * client owns ({@code Authorization}, {@code Accept}, {@code MS-RequestId}, {@code MS-CorrelationId} (use
         * {@link #correlationId}), {@code MS-Contract-Version}, framing headers) cannot be set here.
         */
        public Builder header(String name, String value) {
            Objects.requireNonNull(name, "header name");
            Objects.requireNonNull(value, "header value");
            String trimmed = name.trim();
            if (trimmed.isEmpty() || !trimmed.chars().allMatch(c -> c > 0x20 && c < 0x7f && "()<>@,;:\\\"/[]?={}".indexOf(c) < 0)) {
                throw new IllegalArgumentException("not an HTTP header name: '" + name + "'");
            }
            if (RESERVED_HEADERS.contains(trimmed.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the header " + trimmed + " is set by the client and cannot be replaced"
                        + (trimmed.equalsIgnoreCase("MS-CorrelationId") ? " (use correlationId(...))" : ""));
            }
            if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f || c > 0xff)) {
                throw new IllegalArgumentException("the value of header " + trimmed + " must be printable ISO-8859-1 text");
            }
            headers.put(trimmed, value.trim());
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(this);
        }
    }
}
