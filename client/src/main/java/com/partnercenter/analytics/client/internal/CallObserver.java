package com.partnercenter.analytics.client.internal;

import java.time.Duration;

/**
 * Hooks for metrics and tracing around calls and their attempts. {@link #NONE} (the default) does nothing and costs
 * nothing; {@link MicrometerCallObserver} records Micrometer Observations when the builder is given a registry. Only
 * the operation id, the HTTP method, statuses, attempt numbers, outcomes and waits are passed: never the token, the
 * query or anything from the body, which may carry personal data.
 */
public interface CallObserver {
    CallObserver NONE = (operationId, method) -> CallScope.NONE;

    /** A logical call starts (its attempts follow). */
    CallScope call(String operationId, String method);

    /** One logical call. */
    interface CallScope {
        CallScope NONE = new CallScope() {
        };

        /** Attempt {@code number} starts. */
        default AttemptScope attempt(int number) {
            return AttemptScope.NONE;
        }

        /** The call ended: with {@code status} (0 without a response) after {@code attempts}, failed with {@code error} or not. */
        default void end(int status, int attempts, Throwable error) {
        }
    }

    /** One attempt of a call. */
    interface AttemptScope {
        AttemptScope NONE = (status, outcome, retryAfter, wait, error) -> { };

        /**
         * The attempt ended with {@code status} (0 without a response); {@code outcome} is {@code success},
         * {@code retry} or {@code failure}; {@code retryAfter} the service's throttling wait (null if none) and
         * {@code wait} the client's wait before the next attempt.
         */
        void end(int status, String outcome, Duration retryAfter, Duration wait, Throwable error);
    }
}
