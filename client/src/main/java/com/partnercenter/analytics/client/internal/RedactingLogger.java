package com.partnercenter.analytics.client.internal;

import feign.Request;
import feign.Response;

import java.io.IOException;
import java.util.List;

/**
 * Feign's wire logging through SLF4J (logger {@value #LOGGER_NAME}, level DEBUG), with the {@code Authorization}
 * header replaced by {@code Bearer <redacted>} and, as a second line of defence, any {@code Bearer <token>} in any
 * logged line masked the same way, and the token of the exchange being logged masked wherever it appears (a
 * response body may echo it without the {@code Bearer} prefix).
 */
public final class RedactingLogger extends feign.Logger {
    public static final String LOGGER_NAME = "com.partnercenter.analytics.client.http";
    static final String REDACTED = Secrets.BEARER_REDACTED;
    /** The tokens of the exchange this thread is logging (Feign logs synchronously, on the calling thread). */
    private static final ThreadLocal<List<String>> EXCHANGE_TOKENS = ThreadLocal.withInitial(List::of);

    private final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (logger.isDebugEnabled()) {
            EXCHANGE_TOKENS.set(Secrets.tokensOf(request));
            try {
                super.logRequest(configKey, logLevel, request);
            } finally {
                EXCHANGE_TOKENS.remove();
            }
        }
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (logger.isDebugEnabled()) {
            EXCHANGE_TOKENS.set(Secrets.tokensOf(response.request()));
            try {
                return super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime);
            } finally {
                EXCHANGE_TOKENS.remove();
            }
        }
        return response;
    }

    @Override
    protected IOException logIOException(String configKey, Level logLevel, IOException ioe, long elapsedTime) {
        if (logger.isDebugEnabled()) {
            return super.logIOException(configKey, logLevel, ioe, elapsedTime);
        }
        return ioe;
    }

    @Override
    protected void log(String configKey, String format, Object... args) {
        if (!logger.isDebugEnabled()) {
            return;
        }
        Object[] safe = args.clone();
        if ("%s: %s".equals(format) && safe.length == 2 && "Authorization".equalsIgnoreCase(String.valueOf(safe[0]))) {
            safe[1] = REDACTED;
        }
        logger.debug(Secrets.redact(String.format(methodTag(configKey) + format, safe), EXCHANGE_TOKENS.get()));
    }
}
