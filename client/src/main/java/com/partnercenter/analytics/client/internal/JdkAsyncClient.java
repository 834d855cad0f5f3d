package com.partnercenter.analytics.client.internal;

import feign.AsyncClient;
import feign.Request;
import feign.Response;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Feign's async client over the JDK's {@code java.net.http} client, which lets the caller cancel the exchange:
 * Feign's {@code AsyncFeign} hands back a future derived from the client's, so cancelling it would stop nothing
 * (nor would feign-java11's {@code Http2Client}, which derives its future too). The exchange of each request is
 * given to the {@link #CAPTURE} consumer of the sending thread, and {@link AsyncTransport} cancels it with the
 * call. The body is read without blocking ({@code ofByteArray}), so no thread waits while it arrives either.
 */
final class JdkAsyncClient implements AsyncClient<Object> {
    /** Where the exchange of a request sent on this thread goes (AsyncFeign calls the client on the caller's thread). */
    static final ThreadLocal<java.util.function.Consumer<CompletableFuture<?>>> CAPTURE = new ThreadLocal<>();

    /** Headers the JDK client sets itself and refuses from callers. */
    private static final Set<String> RESTRICTED = Set.of("connection", "content-length", "expect", "host", "upgrade");

    private final HttpClient http;

    JdkAsyncClient(HttpClient http) {
        this.http = http;
    }

    @Override
    public CompletableFuture<Response> execute(Request request, Request.Options options, Optional<Object> requestContext) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(request.url()))
                .timeout(Duration.ofMillis(options.readTimeoutMillis()))
                .method(request.httpMethod().name(), request.body() == null || request.body().length == 0
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
        request.headers().forEach((name, values) -> {
            if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        CompletableFuture<HttpResponse<byte[]>> exchange = http.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        java.util.function.Consumer<CompletableFuture<?>> capture = CAPTURE.get();
        if (capture != null) {
            capture.accept(exchange);
        }
        return exchange.thenApply(r -> toFeign(request, r));
    }

    private static Response toFeign(Request request, HttpResponse<byte[]> r) {
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.headers().map().forEach((name, values) -> {
            if (!name.startsWith(":")) {
                headers.put(name, List.copyOf(values));
            }
        });
        return Response.builder()
                .status(r.statusCode())
                .reason(null)
                .request(request)
                .headers(headers)
                .body(r.body())
                .build();
    }
}
