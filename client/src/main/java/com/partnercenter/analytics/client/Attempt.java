package com.partnercenter.analytics.client;

import java.time.Duration;
import java.util.Optional;

/**
 * One attempt of a call, as {@link Response#attempts()} lists them: its number (from 1), the HTTP status it got
 * ({@code 0} when no response came, e.g. a connection reset), the service's {@code Retry-After} and {@code MS-CV},
 * what went wrong, and how long the client waited before the next attempt.
 *
 * @param number            1 for the first attempt
 * @param statusCode        the HTTP status, or 0 without a response
 * @param retryAfter        the {@code Retry-After} the response asked for (429, 503)
 * @param correlationVector the response's {@code MS-CV}
 * @param failure           why the attempt failed (e.g. {@code HTTP 429}); empty for the attempt that succeeded
 * @param waitBeforeNext    the wait before the next attempt; zero for the last attempt
 */
public record Attempt(int number, int statusCode, Optional<Duration> retryAfter, Optional<String> correlationVector,
                      Optional<String> failure, Duration waitBeforeNext) {
    public Attempt {
        if (number < 1) {
            throw new IllegalArgumentException("attempt numbers start at 1, was " + number);
        }
        retryAfter = retryAfter == null ? Optional.empty() : retryAfter;
        correlationVector = correlationVector == null ? Optional.empty() : correlationVector;
        failure = failure == null ? Optional.empty() : failure;
        waitBeforeNext = waitBeforeNext == null ? Duration.ZERO : waitBeforeNext;
    }

    /** True for the attempt that got the successful answer. */
    public boolean succeeded() {
        return failure.isEmpty();
    }
}
