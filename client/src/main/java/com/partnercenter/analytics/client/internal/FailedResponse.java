package com.partnercenter.analytics.client.internal;

import java.util.List;

/**
 * An error response, as the error decoder read it, on its way to the call executor. Internal: the executor decides
 * whether to retry and turns the last one into the public exception.
 */
final class FailedResponse extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String url;
    final String code;
    final String description;
    final transient List<String> data;
    final String source;
    final String retryAfterHeader;
    final String correlationVector;
    final String body;

    FailedResponse(int status, String url, String code, String description, List<String> data, String source,
                   String retryAfterHeader, String correlationVector, String body) {
        super("HTTP " + status, null, false, false);
        this.status = status;
        this.url = url;
        this.code = code;
        this.description = description;
        this.data = List.copyOf(data);
        this.source = source;
        this.retryAfterHeader = retryAfterHeader;
        this.correlationVector = correlationVector;
        this.body = body;
    }
}
