package com.partnercenter.analytics.client.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The per-call header values passed to the generated API methods. {@code MS-RequestId} is new for each logical call
 * and the same on each of its retries, because the executor re-sends the same arguments.
 */
public record CallHeaders(UUID requestId, UUID correlationId, String contractVersion, String locale, String application) {

    /** The request headers of the call, as the spec names them; a header without a value is not sent. */
    public Map<String, Object> toMap() {
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("Accept", "application/json");
        put(headers, "MS-RequestId", requestId);
        put(headers, "MS-CorrelationId", correlationId);
        put(headers, "MS-Contract-Version", contractVersion);
        put(headers, "X-Locale", locale);
        put(headers, "MS-PartnerCenter-Application", application);
        return headers;
    }

    private static void put(Map<String, Object> headers, String name, Object value) {
        if (value != null) {
            headers.put(name, value.toString());
        }
    }
}
