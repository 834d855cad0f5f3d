package com.partnercenter.analytics.client.internal;

import java.util.UUID;

/**
 * The per-call header values passed to the generated API methods. {@code MS-RequestId} is new for each logical call
 * and the same on each of its retries, because the executor re-sends the same arguments.
 */
public record CallHeaders(UUID requestId, UUID correlationId, String contractVersion, String locale, String application) {
}
