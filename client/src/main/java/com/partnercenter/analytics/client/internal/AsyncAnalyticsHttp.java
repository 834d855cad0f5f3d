package com.partnercenter.analytics.client.internal;

import feign.HeaderMap;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** {@link AnalyticsHttp} for {@code client.async()}: the same GET, answered with a future. */
public interface AsyncAnalyticsHttp {
    @RequestLine("GET {path}")
    CompletableFuture<WireResponse> get(@Param(value = "path", encoded = true) String path,
                                        @HeaderMap Map<String, Object> headers,
                                        @QueryMap(encoded = true) Map<String, Object> query, Request.Options options);
}
