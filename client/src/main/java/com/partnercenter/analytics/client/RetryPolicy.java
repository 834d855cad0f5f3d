package com.partnercenter.analytics.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how long to retry. Immutable; build one with {@link #builder()} or use {@link #defaults()} or
 * {@link #none()}.
 *
 * <p>Only idempotent calls are retried (every operation of this API is a GET), only on HTTP
 * 408, 429, 500, 502, 503 and 504 and on connection faults (reset, refused, timed out), never on 400, 401, 403 or
 * 404. The wait before retry {@code n} (1-based) is the exponential backoff
 * {@code min(maxBackoff, initialBackoff * multiplier^(n-1))}, spread by &plusmn;{@code jitter} (a fraction); when the
 * service sends {@code Retry-After} (seconds or an HTTP date) the wait is at least that long. Retrying stops at
 * {@code maxAttempts} sends, or when the next wait would end after {@code maxElapsed} from the first send; the
 * last failure is then thrown, with its attempt count.
 */
public final class RetryPolicy {
    /** The statuses that are retried. */
    public static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);

    private static final RetryPolicy DEFAULTS = builder().build();
    private static final RetryPolicy NONE = builder().maxAttempts(1).build();

    private final int maxAttempts;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final double multiplier;
    private final double jitter;
    private final Duration maxElapsed;

    private RetryPolicy(Builder b) {
        this.maxAttempts = b.maxAttempts;
        this.initialBackoff = b.initialBackoff;
        this.maxBackoff = b.maxBackoff;
        this.multiplier = b.multiplier;
        this.jitter = b.jitter;
        this.maxElapsed = b.maxElapsed;
    }

    /** 4 attempts, backoff 2 s doubling up to 30 s with &plusmn;20% jitter, within 2 minutes. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, no retry. */
    public static RetryPolicy none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
                .multiplier(multiplier).jitter(jitter).maxElapsed(maxElapsed);
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration initialBackoff() {
        return initialBackoff;
    }

    public Duration maxBackoff() {
        return maxBackoff;
    }

    public double multiplier() {
        return multiplier;
    }

    public double jitter() {
        return jitter;
    }

    public Duration maxElapsed() {
        return maxElapsed;
    }

    /** True for the statuses that are retried. */
    public boolean isRetryableStatus(int status) {
        return RETRYABLE_STATUSES.contains(status);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param retry      1-based retry number
     * @param retryAfter the service's {@code Retry-After}, or {@code null}
     * @param random     a value in [0, 1) that places the jitter
     */
    public Duration delayBeforeRetry(int retry, Duration retryAfter, double random) {
        double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxBackoff.toNanos());
        double jittered = capped * (1.0 + jitter * (2.0 * random - 1.0));
        Duration backoff = Duration.ofNanos((long) Math.max(0, Math.min(jittered, maxBackoff.toNanos())));
        if (retryAfter != null && retryAfter.compareTo(backoff) > 0) {
            return retryAfter;
        }
        return backoff;
    }

    @Override
    public String toString() {
        return "RetryPolicy[maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
                + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter + ", maxElapsed=" + maxElapsed + "]";
    }

    /** Builds a {@link RetryPolicy}. */
    public static final class Builder {
        private int maxAttempts = 4;
        private Duration initialBackoff = Duration.ofSeconds(2);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private double multiplier = 2.0;
        private double jitter = 0.2;
        private Duration maxElapsed = Duration.ofMinutes(2);

        private Builder() {
        }

        /** How many times a call is sent at most, the first included (1 means no retry). */
        public Builder maxAttempts(int maxAttempts) {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            this.maxAttempts = maxAttempts;
            return this;
        }

        /** The wait before the first retry when the service gives no {@code Retry-After}. */
        public Builder initialBackoff(Duration initialBackoff) {
            this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
            return this;
        }

        /** The longest backoff (a longer {@code Retry-After} is still honoured, within {@link #maxElapsed}). */
        public Builder maxBackoff(Duration maxBackoff) {
            this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
            return this;
        }

        /** The factor between successive backoffs, at least 1. */
        public Builder multiplier(double multiplier) {
            if (!(multiplier >= 1.0)) {
                throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
            }
            this.multiplier = multiplier;
            return this;
        }

        /** The spread of each backoff, as a fraction from 0 (none) to 1 (&plusmn;100%). */
        public Builder jitter(double jitter) {
            if (!(jitter >= 0.0 && jitter <= 1.0)) {
                throw new IllegalArgumentException("jitter must be from 0 to 1, was " + jitter);
            }
            this.jitter = jitter;
            return this;
        }

        /** The total time budget of a call, from its first send to the end of its last wait. */
        public Builder maxElapsed(Duration maxElapsed) {
            this.maxElapsed = nonNegative(maxElapsed, "maxElapsed");
            return this;
        }

        public RetryPolicy build() {
            if (maxBackoff.compareTo(initialBackoff) < 0) {
                throw new IllegalArgumentException("maxBackoff " + maxBackoff + " is shorter than initialBackoff " + initialBackoff);
            }
            return new RetryPolicy(this);
        }

        private static Duration nonNegative(Duration d, String name) {
            Objects.requireNonNull(d, name);
            if (d.isNegative()) {
                throw new IllegalArgumentException(name + " must not be negative, was " + d);
            }
            return d;
        }
    }
}
