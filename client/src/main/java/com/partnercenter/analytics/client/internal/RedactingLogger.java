package com.partnercenter.analytics.client.internal;

import feign.Request;
import feign.Response;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * Feign's wire logging through SLF4J (logger {@value #LOGGER_NAME}, level DEBUG), with the {@code Authorization}
 * header replaced by {@code Bearer <redacted>} and, as a second line of defence, any {@code Bearer <token>} in any
 * logged line masked the same way.
 */
public final class RedactingLogger extends feign.Logger {
    public static final String LOGGER_NAME = "com.partnercenter.analytics.client.http";
    static final String REDACTED = "Bearer <redacted>";
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[^\\s,;\"']+");

    private final org.slf4j.Logger logger = org.slf4j.LoggerFactory.getLogger(LOGGER_NAME);

    @Override
    protected void logRequest(String configKey, Level logLevel, Request request) {
        if (logger.isDebugEnabled()) {
            super.logRequest(configKey, logLevel, request);
        }
    }

    @Override
    protected Response logAndRebufferResponse(String configKey, Level logLevel, Response response, long elapsedTime)
            throws IOException {
        if (logger.isDebugEnabled()) {
            return super.logAndRebufferResponse(configKey, logLevel, response, elapsedTime);
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
        logger.debug(redact(String.format(methodTag(configKey) + format, safe)));
    }

    /** Masks every {@code Bearer <token>} in {@code text}. */
    static String redact(String text) {
        return text == null ? null : BEARER.matcher(text).replaceAll(REDACTED);
    }
}
