package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.client.Attempt;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.Sleeper;
import com.partnercenter.analytics.client.error.BadRequestException;
import com.partnercenter.analytics.client.error.ErrorDetails;
import com.partnercenter.analytics.client.error.ForbiddenException;
import com.partnercenter.analytics.client.error.InvalidResponseException;
import com.partnercenter.analytics.client.error.NotFoundException;
import com.partnercenter.analytics.client.error.PartnerCenterException;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.error.ThrottledException;
import com.partnercenter.analytics.client.error.TransportException;
import com.partnercenter.analytics.client.error.UnauthorizedException;
import feign.FeignException;
import feign.RetryableException;
import feign.codec.DecodeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs one logical call: sends it, retries it by the {@link RetryPolicy} (only idempotent methods, only retryable
 * statuses and connection faults, waiting at least {@code Retry-After}, within the attempt and time budget), and
 * turns the final failure into the matching {@link PartnerCenterException}. Feign's own retryer is switched off;
 * this is the only retry loop (OkHttp's silent connection retry is off too).
 */
public final class CallExecutor {
    private static final Logger LOG = LoggerFactory.getLogger("com.partnercenter.analytics.client.retry");
    private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE");

    private final RetryPolicy policy;
    private final Sleeper sleeper;
    private final Clock clock;
    private final DoubleSupplier random;

    public CallExecutor(RetryPolicy policy, Sleeper sleeper, Clock clock, DoubleSupplier random) {
        this.policy = policy;
        this.sleeper = sleeper;
        this.clock = clock;
        this.random = random;
    }

    /** The client's retry policy (a call's {@code RequestOptions} may bring another). */
    public RetryPolicy policy() {
        return policy;
    }

    /** What a call is, for decisions and messages. */
    public record Call(String operationId, String method, String path, UUID requestId, UUID correlationId) {
        boolean idempotent() {
            return IDEMPOTENT_METHODS.contains(method);
        }
    }

    /** Sends {@code call} until it succeeds or the client's policy gives up. */
    public <R> R execute(Call call, Supplier<R> send) {
        return execute(call, policy, send, failed -> { });
    }

    /**
     * Sends {@code call} until it succeeds or {@code policy} gives up, telling {@code failedAttempts} about every
     * attempt that failed (with the wait that followed it, zero for the last).
     */
    public <R> R execute(Call call, RetryPolicy policy, Supplier<R> send, Consumer<Attempt> failedAttempts) {
        Instant start = clock.instant();
        int attempt = 0;
        while (true) {
            attempt++;
            Retry retry;
            try {
                return send.get();
            } catch (RuntimeException e) {
                retry = decide(call, policy, e, attempt, start, failedAttempts); // throws when not retrying
            }
            try {
                sleeper.sleep(retry.delay());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                PartnerCenterException error = retry.failure().exception();
                TransportException interrupted = new TransportException(details(call, error.details().url(),
                        error.statusCode(), error.code(), "interrupted while waiting to retry after: "
                                + retry.failure().summary(), error.data(), error.source(), error.details().correlationVector(),
                        error.retryAfter().orElse(null), attempt, error.responseBody()), e);
                interrupted.addSuppressed(error);
                throw interrupted;
            }
        }
    }

    /**
     * The same loop without a waiting thread: each attempt is {@code send} (a future of the raw answer, which
     * {@code read} turns into the result); a retry is scheduled on {@code scheduler} after its delay. Cancelling the
     * returned future cancels the attempt in flight (and so its HTTP exchange) or the scheduled retry.
     */
    public <W, R> CompletableFuture<R> executeAsync(Call call, RetryPolicy policy, Supplier<CompletableFuture<W>> send,
                                                    Function<W, R> read, Consumer<Attempt> failedAttempts,
                                                    Consumer<RuntimeException> beforeFailing,
                                                    ScheduledExecutorService scheduler) {
        CompletableFuture<R> result = new CompletableFuture<>();
        AtomicReference<Future<?>> inFlight = new AtomicReference<>();
        result.whenComplete((value, error) -> {
            Future<?> current = inFlight.get();
            if (result.isCancelled() && current != null) {
                current.cancel(true);
            }
        });
        attemptAsync(call, policy, send, read, failedAttempts, beforeFailing, scheduler, result, inFlight, 1, clock.instant());
        return result;
    }

    private <W, R> void attemptAsync(Call call, RetryPolicy policy, Supplier<CompletableFuture<W>> send, Function<W, R> read,
                                     Consumer<Attempt> failedAttempts, Consumer<RuntimeException> beforeFailing,
                                     ScheduledExecutorService scheduler,
                                     CompletableFuture<R> result, AtomicReference<Future<?>> inFlight, int attempt,
                                     Instant start) {
        if (result.isDone()) {
            return;
        }
        CompletableFuture<W> exchange;
        try {
            exchange = send.get();
        } catch (RuntimeException e) {
            exchange = CompletableFuture.failedFuture(e);
        }
        inFlight.set(exchange);
        if (result.isCancelled()) {
            exchange.cancel(true);
            return;
        }
        exchange.whenComplete((answer, thrown) -> {
            if (result.isDone()) {
                return;
            }
            try {
                if (thrown == null) {
                    result.complete(read.apply(answer));
                    return;
                }
                throw unwrap(thrown);
            } catch (RuntimeException e) {
                try {
                    Retry retry = decide(call, policy, e, attempt, start, failedAttempts);
                    inFlight.set(scheduler.schedule(() -> attemptAsync(call, policy, send, read, failedAttempts,
                            beforeFailing, scheduler, result, inFlight, attempt + 1, start), retry.delay().toMillis(),
                            TimeUnit.MILLISECONDS));
                } catch (RuntimeException giveUp) {
                    // Before completing: whoever waits on the result sees everything the failure caused.
                    beforeFailing.accept(giveUp);
                    result.completeExceptionally(giveUp);
                }
            }
        });
    }

    private static RuntimeException unwrap(Throwable thrown) {
        Throwable t = thrown;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RuntimeException r ? r : new CompletionException(t);
    }

    /** A retry to make: after {@code delay}, because of {@code failure}. */
    private record Retry(Duration delay, Failure failure) {
    }

    /**
     * What to do after attempt {@code attempt} failed with {@code thrown}: a {@link Retry}, or (thrown from here) the
     * exception that ends the call: the mapped {@link PartnerCenterException}, or {@code thrown} itself when it is
     * not a failure of the exchange (e.g. the token supplier failed).
     */
    private Retry decide(Call call, RetryPolicy policy, RuntimeException thrown, int attempt, Instant start,
                         Consumer<Attempt> failedAttempts) {
        Failure failure;
        if (thrown instanceof FailedResponse e) {
            failure = fromResponse(call, e, attempt);
        } else if (thrown instanceof RetryableException e) {
            // Feign wraps every IOException of the exchange itself (reset, refused, timeout) in this.
            failure = transport(call, e, attempt);
        } else if (thrown instanceof DecodeException e) {
            throw new InvalidResponseException(details(call, urlOf(e, call), e.status(), null, e.getMessage(),
                    List.of(), null, null, null, attempt, null), e.getCause() != null ? e.getCause() : e);
        } else if (thrown instanceof FeignException e) {
            if (rootIoException(e) == null) {
                throw new PartnerCenterException(details(call, urlOf(e, call), e.status(), null, e.getMessage(),
                        List.of(), null, null, null, attempt, null), e);
            }
            // The body broke off while being read: a connection fault after the status line.
            failure = transport(call, e, attempt);
        } else {
            throw thrown;
        }

        PartnerCenterException error = failure.exception();
        if (!failure.retryable() || !call.idempotent() || attempt >= policy.maxAttempts()) {
            failedAttempts.accept(failure.attempt(attempt, Duration.ZERO));
            throw error;
        }
        Duration delay = policy.delayBeforeRetry(attempt, error.retryAfter().orElse(null), random.getAsDouble());
        Duration elapsed = Duration.between(start, clock.instant());
        if (elapsed.plus(delay).compareTo(policy.maxElapsed()) > 0) {
            LOG.debug("{}: not retrying after attempt {} ({}): waiting {} ms would exceed the budget of {} ms "
                            + "[MS-RequestId {}]", call.operationId(), attempt, failure.summary(), delay.toMillis(),
                    policy.maxElapsed().toMillis(), call.requestId());
            failedAttempts.accept(failure.attempt(attempt, Duration.ZERO));
            throw error;
        }
        failedAttempts.accept(failure.attempt(attempt, delay));
        LOG.debug("{}: attempt {} of {} failed ({}); retrying in {} ms [MS-RequestId {}]", call.operationId(), attempt,
                policy.maxAttempts(), failure.summary(), delay.toMillis(), call.requestId());
        return new Retry(delay, failure);
    }

    private record Failure(PartnerCenterException exception, boolean retryable, String summary) {
        Attempt attempt(int number, Duration waitBeforeNext) {
            return new Attempt(number, exception.statusCode(), exception.retryAfter(),
                    Optional.ofNullable(exception.details().correlationVector()), Optional.of(summary), waitBeforeNext);
        }
    }

    private Failure fromResponse(Call call, FailedResponse r, int attempt) {
        Duration retryAfter = RetryAfter.parse(r.retryAfterHeader, clock.instant());
        ErrorDetails d = details(call, r.url != null ? r.url : call.path(), r.status, r.code, r.description, r.data,
                r.source, r.correlationVector, retryAfter, attempt, r.body);
        PartnerCenterException e = switch (r.status) {
            case 400 -> new BadRequestException(d, null);
            case 401 -> new UnauthorizedException(d, null);
            case 403 -> new ForbiddenException(d, null);
            case 404 -> new NotFoundException(d, null);
            case 429 -> new ThrottledException(d, null);
            default -> r.status >= 500 && r.status <= 599 ? new ServerErrorException(d, null) : new PartnerCenterException(d, null);
        };
        return new Failure(e, policy.isRetryableStatus(r.status), "HTTP " + r.status);
    }

    private Failure transport(Call call, FeignException e, int attempt) {
        IOException io = rootIoException(e);
        Throwable cause = io != null ? io : e;
        String what = io != null ? io.getClass().getSimpleName() + (io.getMessage() == null ? "" : ": " + io.getMessage())
                : e.getMessage();
        int status = e.status() > 0 ? e.status() : 0;
        ErrorDetails d = details(call, urlOf(e, call), status, null, what, List.of(), null, null, null, attempt, null);
        return new Failure(new TransportException(d, cause), true, what);
    }

    private static IOException rootIoException(Throwable t) {
        for (Throwable c = t.getCause(); c != null; c = c.getCause()) {
            if (c instanceof com.fasterxml.jackson.core.JacksonException) {
                return null;
            }
            if (c instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    private static String urlOf(FeignException e, Call call) {
        try {
            if (e.request() != null && e.request().url() != null) {
                return e.request().url();
            }
        } catch (RuntimeException ignored) {
            // no request attached
        }
        return call.path();
    }

    private static ErrorDetails details(Call call, String url, int status, String code, String description,
                                        List<String> data, String source, String cv, Duration retryAfter, int attempts,
                                        String body) {
        return new ErrorDetails(call.operationId(), call.method(), url, status, code, description, data, source,
                call.requestId(), call.correlationId(), cv, retryAfter, attempts, body);
    }
}
