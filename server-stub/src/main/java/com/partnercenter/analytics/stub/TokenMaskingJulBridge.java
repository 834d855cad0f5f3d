package com.partnercenter.analytics.stub;

import org.slf4j.bridge.SLF4JBridgeHandler;

import java.util.logging.Handler;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The bridge from java.util.logging (through which Tomcat logs) to the stub's logging, with bearer tokens masked.
 * At DEBUG, Tomcat's {@code Http11InputBuffer} logs every request head as received, {@code Authorization} header
 * included. {@link #install()} replaces the {@link SLF4JBridgeHandler} that Spring Boot puts on the JUL root logger
 * with this subclass, which masks the header's value and any {@code Bearer <token>} in a record's message and string
 * parameters before passing the record on. (A JUL {@code Filter} would not do: the bridge ignores handler filters,
 * and logger filters do not apply to child loggers.)
 */
public final class TokenMaskingJulBridge extends SLF4JBridgeHandler {
    private static final Pattern AUTHORIZATION = Pattern.compile("(?im)^(\\s*(?:proxy-)?authorization\\s*:\\s*)[^\\r\\n]*");
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[^\\s,;\"'\\]]+");

    /** Replaces the installed JUL-to-SLF4J bridge with this one (idempotent); call after logging is initialised. */
    public static void install() {
        Logger root = LogManager.getLogManager().getLogger("");
        boolean bridged = false;
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof TokenMaskingJulBridge) {
                return;
            }
            if (handler instanceof SLF4JBridgeHandler) {
                root.removeHandler(handler);
                bridged = true;
            }
        }
        if (bridged) {
            root.addHandler(new TokenMaskingJulBridge());
        }
    }

    /** {@code text} with the values of Authorization headers and every bearer token masked. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = AUTHORIZATION.matcher(text).replaceAll("$1<redacted>");
        return BEARER.matcher(masked).replaceAll("Bearer <redacted>");
    }

    @Override
    public void publish(LogRecord record) {
        if (record != null) {
            record.setMessage(mask(record.getMessage()));
            Object[] parameters = record.getParameters();
            if (parameters != null) {
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i] instanceof CharSequence text) {
                        parameters[i] = mask(text.toString());
                    }
                }
            }
        }
        super.publish(record);
    }
}
