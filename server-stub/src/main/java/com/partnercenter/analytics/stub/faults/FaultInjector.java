package com.partnercenter.analytics.stub.faults;

import com.partnercenter.analytics.stub.StubProperties;
import com.partnercenter.analytics.stub.error.ApiException;
import com.partnercenter.analytics.stub.web.ErrorWriter;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Fault controls, off by default. Configuration ({@code stub.faults.*}) applies them to a share of all API
 * requests; the request header {@code X-Stub-Fault} applies them to one request, e.g.
 * {@code X-Stub-Fault: status=429, retry-after=5} or {@code X-Stub-Fault: latency=1500} (milliseconds), or both.
 * The header can also ask for 400, 403 and 404, which a well-formed request cannot otherwise get on every operation
 * (the contract tests record a fixture for every documented status).
 */
public final class FaultInjector {
    public static final String HEADER = "X-Stub-Fault";
    /** The statuses the header can ask for; configuration only injects 429, 500 and 503. */
    static final java.util.Set<Integer> HEADER_STATUSES = java.util.Set.of(400, 403, 404, 429, 500, 503);

    /** Request attribute holding the fault decided before an injected delay, for when the request resumes. */
    static final String DELAYED_FAULT = FaultInjector.class.getName() + ".delayed";

    /**
     * Resumes delayed requests. The stub runs few request threads (StubConfiguration.requestThreads), so an injected
     * latency must not hold one: the request is suspended (servlet async) and dispatched again when it is due.
     */
    private static final ScheduledExecutorService DELAYS = delays();

    private final StubProperties.Faults settings;
    private final ScriptedFaults scripted;

    public FaultInjector(StubProperties.Faults settings) {
        this(settings, new ScriptedFaults());
    }

    public FaultInjector(StubProperties.Faults settings, ScriptedFaults scripted) {
        this.settings = settings;
        this.scripted = scripted;
    }

    private static ScheduledExecutorService delays() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "stub-fault-delays");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /**
     * Decides this request's faults. With latency due, it suspends the request, schedules its resumption and
     * returns true: the caller returns at once and the request comes back through the filter as an async dispatch,
     * where {@link #resume} answers the rest of the fault. Otherwise it applies the fault now, like {@link #resume}.
     */
    public boolean applyOrSuspend(HttpServletRequest request, HttpServletResponse response, String operationId) {
        Fault fault = decide(request, operationId);
        if (fault.latencyMillis() > 0 && request.isAsyncSupported()) {
            request.setAttribute(DELAYED_FAULT, fault);
            AsyncContext async = request.startAsync();
            async.setTimeout(fault.latencyMillis() + 30_000);
            DELAYS.schedule((Runnable) async::dispatch, fault.latencyMillis(), TimeUnit.MILLISECONDS);
            return true;
        }
        return answer(fault, request, response, fault.latencyMillis());
    }

    /** True when this request is coming back from an injected delay. */
    public static boolean isResumed(HttpServletRequest request) {
        return request.getAttribute(DELAYED_FAULT) != null;
    }

    /** Answers the status part of a delayed request's fault; true when a fault answered the request. */
    public boolean resume(HttpServletRequest request, HttpServletResponse response) {
        Fault fault = (Fault) request.getAttribute(DELAYED_FAULT);
        request.removeAttribute(DELAYED_FAULT);
        return answer(fault, request, response, 0);
    }

    /** A fault for one request. */
    record Fault(long latencyMillis, int status, int retryAfter) {
    }


    /** Sleeps {@code sleepMillis} (only where the request cannot be suspended), then answers the fault's status. */
    private boolean answer(Fault fault, HttpServletRequest request, HttpServletResponse response, long sleepMillis) {
        if (sleepMillis > 0) {
            try {
                Thread.sleep(sleepMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        switch (fault.status()) {
            case 429 -> ErrorWriter.throttled(request, response, fault.retryAfter());
            case 503 -> {
                response.setHeader("Retry-After", Integer.toString(fault.retryAfter()));
                ErrorWriter.write(request, response, 503, ApiException.UNEXPECTED,
                        "The service is temporarily unavailable. Retry later.", List.of());
            }
            case 500 -> ErrorWriter.write(request, response, 500, ApiException.UNEXPECTED, "Unexpected service error", List.of());
            // Statuses a well-formed request cannot otherwise get from the stub, for recording contract fixtures.
            case 400 -> ErrorWriter.write(request, response, 400, ApiException.INVALID_INPUT, "Invalid request input", List.of());
            case 403 -> ErrorWriter.write(request, response, 403, ApiException.ACCESS_DENIED, "Access denied", List.of());
            case 404 -> ErrorWriter.write(request, response, 404, ApiException.NOT_FOUND, "Not found", List.of());
            default -> {
                return false;
            }
        }
        return true;
    }

    Fault decide(HttpServletRequest request) {
        return decide(request, null);
    }

    /** Scripted faults first (a test asked for them), else the configured rates; the header overrides either. */
    Fault decide(HttpServletRequest request, String operationId) {
        long latency = settings.getLatency() == null ? 0 : settings.getLatency().toMillis();
        int status = 0;
        int retryAfter = settings.getRetryAfterSeconds();
        Fault script = scripted.take(operationId);
        double roll = script != null ? 1.0 : ThreadLocalRandom.current().nextDouble();
        if (script != null) {
            latency += script.latencyMillis();
            status = script.status();
            retryAfter = script.retryAfter();
        } else if (roll < settings.getThrottleRate()) {
            status = 429;
        } else if (roll < settings.getThrottleRate() + settings.getUnavailableRate()) {
            status = 503;
        } else if (roll < settings.getThrottleRate() + settings.getUnavailableRate() + settings.getErrorRate()) {
            status = 500;
        }
        String header = settings.isHeaderEnabled() ? request.getHeader(HEADER) : null;
        if (header != null && !header.isBlank()) {
            for (String part : header.split("[,;]")) {
                String[] kv = part.trim().split("=", 2);
                String key = kv[0].trim().toLowerCase(Locale.ROOT);
                String value = kv.length > 1 ? kv[1].trim() : "";
                try {
                    switch (key) {
                        case "latency" -> latency = Math.min(60_000, Long.parseLong(value.replace("ms", "")));
                        case "status" -> status = Integer.parseInt(value);
                        case "retry-after" -> retryAfter = Integer.parseInt(value);
                        case "400", "403", "404", "429", "500", "503" -> status = Integer.parseInt(key);
                        default -> throw ApiException.badRequest(HEADER, "Invalid " + HEADER + " header: unknown directive '" + part.trim()
                                + "'. Use latency=<ms>, status=400|403|404|429|500|503, retry-after=<seconds>.");
                    }
                } catch (NumberFormatException e) {
                    throw ApiException.badRequest(HEADER, "Invalid " + HEADER + " header: '" + part.trim() + "' needs a whole number.");
                }
            }
            if (status != 0 && !HEADER_STATUSES.contains(status)) {
                throw ApiException.badRequest(HEADER, "Invalid " + HEADER + " header: status must be 400, 403, 404, 429, 500 or 503.");
            }
        }
        return new Fault(Math.max(0, latency), status, Math.max(0, retryAfter));
    }
}
