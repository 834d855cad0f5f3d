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
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
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
            Failure failure;
            try {
                return send.get();
            } catch (FailedResponse e) {
                failure = fromResponse(call, e, attempt);
            } catch (RetryableException e) {
                // Feign wraps every IOException of the exchange itself (reset, refused, timeout) in this.
                failure = transport(call, e, attempt);
            } catch (DecodeException e) {
                throw new InvalidResponseException(details(call, urlOf(e, call), e.status(), null, e.getMessage(),
                        List.of(), null, null, null, attempt, null), e.getCause() != null ? e.getCause() : e);
            } catch (FeignException e) {
                if (rootIoException(e) != null) {
                    // The body broke off while being read: a connection fault after the status line.
                    failure = transport(call, e, attempt);
                } else {
                    throw new PartnerCenterException(details(call, urlOf(e, call), e.status(), null, e.getMessage(),
                            List.of(), null, null, null, attempt, null), e);
                }
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
            try {
                sleeper.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                TransportException interrupted = new TransportException(details(call, error.details().url(),
                        error.statusCode(), error.code(), "interrupted while waiting to retry after: "
                                + failure.summary(), error.data(), error.source(), error.details().correlationVector(),
                        error.retryAfter().orElse(null), attempt, error.responseBody()), e);
                interrupted.addSuppressed(error);
                throw interrupted;
            }
        }
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
