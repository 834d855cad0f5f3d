package com.partnercenter.analytics.client.internal;

import feign.HeaderMap;
import feign.Param;
import feign.QueryMap;
import feign.Request;
import feign.RequestLine;

import java.util.Map;

/**
 * The one HTTP method every operation of the spec is sent through: a GET of the operation's path (from the spec, with
 * path parameters already filled in), the call's headers, its already percent-encoded query parameters and the
 * call's timeouts. The operation's {@link OperationBinding} says which path and which model; the generated
 * per-operation Feign methods are not needed, so per-call headers and timeouts reach every operation alike.
 */
public interface AnalyticsHttp {
    @RequestLine("GET {path}")
    WireResponse get(@Param(value = "path", encoded = true) String path, @HeaderMap Map<String, Object> headers,
                     @QueryMap(encoded = true) Map<String, Object> query, Request.Options options);
}
