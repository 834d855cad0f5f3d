package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.query.PercentEncoding;
import com.partnercenter.analytics.client.Attempt;
import com.partnercenter.analytics.client.RequestOptions;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import feign.Request;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What every call of one client shares: header values, the HTTP method every operation goes through, the retry
 * executor, the spec and its operations' bindings. Immutable; a client made with another correlation id gets a copy.
 */
public final class ClientContext {
    public static final String CONTRACT_VERSION = "v1";

    private final String baseUrl;
    private final String locale;
    private final String application;
    private final UUID fixedCorrelationId;
    private final CallExecutor executor;
    private final AnalyticsSpec spec;
    private final Supplier<UUID> ids;
    private final AnalyticsHttp http;
    private final Request.Options timeouts;
    private final Map<String, OperationBinding> bindings;
    private final Supplier<AsyncTransport> async;
    private final CallObserver observer;

    /** {@code async} makes the async transport on first use (and must return the same one afterwards). */
    public ClientContext(String baseUrl, String locale, String application, UUID fixedCorrelationId,
                         CallExecutor executor, AnalyticsSpec spec, Supplier<UUID> ids, AnalyticsHttp http,
                         Request.Options timeouts, Supplier<AsyncTransport> async, CallObserver observer) {
        this(baseUrl, locale, application, fixedCorrelationId, executor, spec, ids, http, timeouts,
                OperationBinding.all(spec), async, observer);
    }

    private ClientContext(String baseUrl, String locale, String application, UUID fixedCorrelationId,
                          CallExecutor executor, AnalyticsSpec spec, Supplier<UUID> ids, AnalyticsHttp http,
                          Request.Options timeouts, Map<String, OperationBinding> bindings, Supplier<AsyncTransport> async,
                          CallObserver observer) {
        this.baseUrl = baseUrl;
        this.locale = locale;
        this.application = application;
        this.fixedCorrelationId = fixedCorrelationId;
        this.executor = executor;
        this.spec = spec;
        this.ids = ids;
        this.http = http;
        this.timeouts = timeouts;
        this.bindings = bindings;
        this.async = async;
        this.observer = observer;
    }

    public ClientContext withCorrelationId(UUID correlationId) {
        return new ClientContext(baseUrl, locale, application, correlationId, executor, spec, ids, http, timeouts, bindings, async, observer);
    }

    public String baseUrl() {
        return baseUrl;
    }

    public AnalyticsSpec spec() {
        return spec;
    }

    public CallExecutor executor() {
        return executor;
    }

    /** The binding of a spec operation. */
    public OperationBinding binding(String operationId) {
        OperationBinding binding = bindings.get(operationId);
        if (binding == null) {
            throw new IllegalStateException("The bundled spec has no operation " + operationId);
        }
        return binding;
    }

    /** The bindings of every spec operation, by operationId. */
    public Map<String, OperationBinding> bindings() {
        return bindings;
    }

    /** The caller's correlation id, if set on the client. */
    public UUID fixedCorrelationId() {
        return fixedCorrelationId;
    }

    /** A correlation id for a new logical operation: the caller's, or a new one. */
    public UUID correlationIdForNewOperation() {
        return fixedCorrelationId != null ? fixedCorrelationId : ids.get();
    }

    /** Headers for a new logical call: a new request id, the given correlation id. */
    public CallHeaders headers(UUID correlationId) {
        return new CallHeaders(ids.get(), correlationId, CONTRACT_VERSION, locale, application);
    }

    /**
     * Sends one logical GET of {@code path} through the retry executor and reads the answer with {@code read}
     * (inside the retried block, so a body that is not the expected JSON is an invalid response, not retried).
     * {@code query} holds the decoded parameters; they are percent-encoded here, once. {@code options} override the
     * client's timeouts, retry policy and headers for this call.
     */
    public <R> Exchange<R> get(OperationBinding binding, String path, CallHeaders headers, Map<String, String> query,
                               RequestOptions options, Function<WireResponse, R> read) {
        Map<String, Object> headerMap = headerMap(headers, options);
        Map<String, Object> encoded = encode(query);
        Request.Options callTimeouts = options.timeout().map(ClientContext::timeouts).orElse(timeouts);
        CallExecutor.Call call = new CallExecutor.Call(binding.operationId(), binding.operation().method(), path,
                headers.requestId(), headers.correlationId());
        List<Attempt> attempts = new ArrayList<>();
        WireResponse[] answered = new WireResponse[1];
        ObservedCall observed = new ObservedCall(observer, call);
        R value;
        try {
            value = executor.execute(call, options.retryPolicy().orElse(executor.policy()), () -> {
                observed.attemptStarts();
                WireResponse response = http.get(path, headerMap, encoded, callTimeouts);
                answered[0] = response;
                return read.apply(response);
            }, attempt -> {
                attempts.add(attempt);
                observed.attemptFailed(attempt);
            });
        } catch (RuntimeException e) {
            observed.failed(e);
            throw e;
        }
        observed.succeeded(answered[0].status());
        attempts.add(new Attempt(attempts.size() + 1, answered[0].status(), Optional.empty(),
                Optional.ofNullable(answered[0].header("MS-CV")), Optional.empty(), Duration.ZERO));
        return new Exchange<>(value, answered[0], attempts);
    }

    /**
     * {@link #get} without a waiting thread: the same headers, encoding, retries (scheduled, not slept), errors and
     * attempts, on the async transport. Cancelling the future cancels the attempt in flight or the scheduled retry.
     */
    public <R> CompletableFuture<Exchange<R>> getAsync(OperationBinding binding, String path, CallHeaders headers,
                                                      Map<String, String> query, RequestOptions options,
                                                      Function<WireResponse, R> read) {
        AsyncTransport transport = async.get();
        Map<String, Object> headerMap = headerMap(headers, options);
        Map<String, Object> encoded = encode(query);
        Request.Options callTimeouts = transport.timeouts(options.timeout().orElse(null));
        CallExecutor.Call call = new CallExecutor.Call(binding.operationId(), binding.operation().method(), path,
                headers.requestId(), headers.correlationId());
        List<Attempt> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
        ObservedCall observed = new ObservedCall(observer, call);
        CompletableFuture<Exchange<R>> exchange = executor.executeAsync(call, options.retryPolicy().orElse(executor.policy()),
                () -> {
                    observed.attemptStarts();
                    return transport.get(path, headerMap, encoded, callTimeouts);
                },
                response -> {
                    R value = read.apply(response);
                    attempts.add(new Attempt(attempts.size() + 1, response.status(), Optional.empty(),
                            Optional.ofNullable(response.header("MS-CV")), Optional.empty(), Duration.ZERO));
                    // Observed before the future completes, so that whoever waits on it sees the call ended.
                    observed.succeeded(response.status());
                    return new Exchange<>(value, response, List.copyOf(attempts));
                }, attempt -> {
                    attempts.add(attempt);
                    observed.attemptFailed(attempt);
                }, observed::failed, transport.timer());
        exchange.whenComplete((done, error) -> {
            if (exchange.isCancelled()) {
                observed.failed(error);
            }
        });
        return exchange;
    }

    /** The call's headers, with the options' headers replacing those of the same name. */
    private static Map<String, Object> headerMap(CallHeaders headers, RequestOptions options) {
        Map<String, Object> headerMap = headers.toMap();
        options.headers().forEach((name, value) -> {
            headerMap.keySet().removeIf(name::equalsIgnoreCase);
            headerMap.put(name, value);
        });
        return headerMap;
    }

    /** The decoded query parameters, percent-encoded once, in order. */
    private static Map<String, Object> encode(Map<String, String> query) {
        Map<String, Object> encoded = new LinkedHashMap<>();
        query.forEach((name, value) -> encoded.put(PercentEncoding.encode(name), PercentEncoding.encode(value)));
        return encoded;
    }

    /** Connect and read timeouts of one attempt. */
    static Request.Options timeouts(Duration timeout) {
        return new Request.Options(timeout.toMillis(), TimeUnit.MILLISECONDS, timeout.toMillis(), TimeUnit.MILLISECONDS, true);
    }

    /** What a call returned, with the answer it was read from and every attempt it took. */
    public record Exchange<R>(R value, WireResponse response, List<Attempt> attempts) {
    }
}
