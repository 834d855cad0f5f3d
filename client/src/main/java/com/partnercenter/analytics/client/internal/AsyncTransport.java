package com.partnercenter.analytics.client.internal;

import feign.AsyncFeign;
import feign.Logger;
import feign.Request;
import feign.Retryer;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What {@code client.async()} sends with: Feign's {@code AsyncFeign} over the JDK's non-blocking
 * {@code java.net.http} client (HTTP/1.1, {@link JdkAsyncClient}), with the same interceptor (token), decoders, error decoder and redacting
 * logger as the synchronous client. A call waiting for its answer holds no thread: the JDK client's selector thread
 * watches every connection, and the {@code threads} small pool only runs completions (decoding included). Retry
 * waits are scheduled on one timer thread. Made on first use of {@code async()} and closed with the client.
 */
public final class AsyncTransport implements AutoCloseable {
    public static final String THREAD_PREFIX = "pc-analytics-async-";
    public static final String TIMER_THREAD = "pc-analytics-retry-timer";

    private final AsyncAnalyticsHttp http;
    private final ExecutorService completions;
    private final ScheduledExecutorService timer;
    private final Request.Options timeouts;

    private AsyncTransport(AsyncAnalyticsHttp http, ExecutorService completions, ScheduledExecutorService timer,
                           Request.Options timeouts) {
        this.http = http;
        this.completions = completions;
        this.timer = timer;
        this.timeouts = timeouts;
    }

    public static AsyncTransport create(String baseUrl, Supplier<String> tokens, Duration connectTimeout,
                                        Duration readTimeout, int threads, Logger.Level logLevel) {
        ExecutorService completions = Executors.newFixedThreadPool(threads, daemon(THREAD_PREFIX));
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, daemon(TIMER_THREAD));
        timer.setRemoveOnCancelPolicy(true);
        HttpClient jdk = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .executor(completions)
                .build();
        Request.Options timeouts = new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                readTimeout.toMillis(), TimeUnit.MILLISECONDS, true);
        AsyncAnalyticsHttp http = AsyncFeign.builder()
                .client(new JdkAsyncClient(jdk))
                .decoder(new TolerantDecoder(TolerantJson.mapper()))
                .errorDecoder(new ErrorResponseDecoder(TolerantJson.mapper()))
                .retryer(Retryer.NEVER_RETRY)
                .options(timeouts)
                .requestInterceptor(new BearerTokenInterceptor(tokens))
                .logger(new RedactingLogger())
                .logLevel(logLevel)
                .target(AsyncAnalyticsHttp.class, baseUrl);
        return new AsyncTransport(http, completions, timer, timeouts);
    }

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix.endsWith("-") ? prefix + n.incrementAndGet() : prefix);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Sends one attempt. Cancelling the returned future cancels the JDK exchange under it (closing its connection),
     * which AsyncFeign's own future would not do.
     */
    public CompletableFuture<WireResponse> get(String path, Map<String, Object> headers, Map<String, Object> query,
                                               Request.Options options) {
        List<CompletableFuture<?>> exchanges = new CopyOnWriteArrayList<>();
        JdkAsyncClient.CAPTURE.set(exchanges::add);
        CompletableFuture<WireResponse> answer;
        try {
            answer = http.get(path, headers, query, options);
        } finally {
            JdkAsyncClient.CAPTURE.remove();
        }
        CompletableFuture<WireResponse> result = new CompletableFuture<>() {
            @Override
            public boolean cancel(boolean mayInterruptIfRunning) {
                boolean cancelled = super.cancel(mayInterruptIfRunning);
                exchanges.forEach(exchange -> exchange.cancel(true));
                answer.cancel(true);
                return cancelled;
            }
        };
        answer.whenComplete((response, error) -> {
            if (error != null) {
                result.completeExceptionally(error);
            } else {
                result.complete(response);
            }
        });
        return result;
    }

    public ScheduledExecutorService timer() {
        return timer;
    }

    /**
     * The timeouts of one attempt; a call's own timeout replaces the read (response) timeout only: the JDK client's
     * connect timeout is fixed when it is made, and one JDK client serves every call.
     */
    public Request.Options timeouts(Duration callTimeout) {
        return callTimeout == null ? timeouts : new Request.Options(timeouts.connectTimeoutMillis(), TimeUnit.MILLISECONDS,
                callTimeout.toMillis(), TimeUnit.MILLISECONDS, true);
    }

    @Override
    public void close() {
        timer.shutdownNow();
        completions.shutdown();
    }
}
