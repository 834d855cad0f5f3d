package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.client.generated.model.ApiResponse;
import com.partnercenter.analytics.spec.AnalyticsSpec;

import java.util.Collection;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * What every call of one client shares: header values, the retry executor, the spec. Immutable; a client made with
 * another correlation id gets a copy.
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

    public ClientContext(String baseUrl, String locale, String application, UUID fixedCorrelationId,
                         CallExecutor executor, AnalyticsSpec spec, Supplier<UUID> ids) {
        this.baseUrl = baseUrl;
        this.locale = locale;
        this.application = application;
        this.fixedCorrelationId = fixedCorrelationId;
        this.executor = executor;
        this.spec = spec;
        this.ids = ids;
    }

    public ClientContext withCorrelationId(UUID correlationId) {
        return new ClientContext(baseUrl, locale, application, correlationId, executor, spec, ids);
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

    /** Sends one logical call through the retry executor. */
    public <R> ApiResponse<R> send(String operationId, String path, CallHeaders headers, Supplier<ApiResponse<R>> send) {
        return executor.execute(new CallExecutor.Call(operationId, "GET", path, headers.requestId(), headers.correlationId()), send);
    }

    /** The response header's first value, without regard to case. */
    public static String header(ApiResponse<?> response, String name) {
        return Bodies.header(response.getHeaders(), name);
    }

    /** Shortcut for {@link QueryStrings#nextLinkQuery}. */
    public static java.util.Map<String, String> nextLinkQuery(String link, String operationId, Collection<String> paths) {
        return QueryStrings.nextLinkQuery(link, operationId, paths);
    }
}
