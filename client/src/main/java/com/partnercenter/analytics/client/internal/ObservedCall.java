package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.client.Attempt;
import com.partnercenter.analytics.client.error.PartnerCenterException;

import java.time.Duration;

/**
 * The observation state of one logical call ({@link CallObserver}): the call's scope and its open attempt, ended
 * exactly once whichever way the attempt ends (an answer, a failure the executor retries or gives up on, or a body
 * that cannot be read). Thread-safe: async attempts end on completion threads.
 */
final class ObservedCall {
    private final CallObserver.CallScope scope;
    private CallObserver.AttemptScope open;
    private int attempts;
    private boolean ended;

    ObservedCall(CallObserver observer, CallExecutor.Call call) {
        this.scope = observer.call(call.operationId(), call.method());
    }

    synchronized void attemptStarts() {
        close(0, "failure", null, Duration.ZERO, null); // not ended by the previous attempt (cannot happen)
        attempts++;
        open = scope.attempt(attempts);
    }

    /** The executor's account of a failed attempt: retried after its wait, or the last. */
    synchronized void attemptFailed(Attempt attempt) {
        close(attempt.statusCode(), attempt.waitBeforeNext().isZero() ? "failure" : "retry",
                attempt.retryAfter().orElse(null), attempt.waitBeforeNext(), null);
    }

    synchronized void succeeded(int status) {
        close(status, "success", null, Duration.ZERO, null);
        end(status, null);
    }

    synchronized void failed(Throwable error) {
        int status = error instanceof PartnerCenterException p ? p.statusCode() : 0;
        close(status, "failure", null, Duration.ZERO, error);
        end(status, error);
    }

    /** Ends the call once (an async call cancelled just as it succeeded reports only the first). */
    private void end(int status, Throwable error) {
        if (!ended) {
            ended = true;
            scope.end(status, attempts, error);
        }
    }

    private void close(int status, String outcome, Duration retryAfter, Duration wait, Throwable error) {
        if (open != null) {
            open.end(status, outcome, retryAfter, wait, error);
            open = null;
        }
    }
}
