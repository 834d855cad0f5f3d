package com.partnercenter.analytics.client.internal;

import feign.Request;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps the bearer token out of every text the client produces from a response (exception descriptions, data,
 * body previews) and out of its wire log: a service or a proxy in front of it may echo the request's
 * {@code Authorization} header back in an error page or a body. Two masks: any {@code Bearer <token>} text, and
 * the exact token that was sent on this request (read from the request's own header), wherever it appears.
 */
final class Secrets {
    static final String REDACTED = "<redacted>";
    static final String BEARER_REDACTED = "Bearer " + REDACTED;
    /** Shorter "tokens" (test stubs) are not masked by value: masking them would mangle ordinary text. */
    static final int MIN_TOKEN_LENGTH = 8;
    private static final Pattern BEARER = Pattern.compile("(?i)bearer\\s+[^\\s,;\"'<>]+");

    private Secrets() {
    }

    /** The bearer tokens that {@code request} carries in its {@code Authorization} header; empty when none. */
    static List<String> tokensOf(Request request) {
        List<String> tokens = new ArrayList<>();
        if (request == null || request.headers() == null) {
            return tokens;
        }
        for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
            if (!"Authorization".equalsIgnoreCase(header.getKey()) || header.getValue() == null) {
                continue;
            }
            for (String value : header.getValue()) {
                if (value == null) {
                    continue;
                }
                String token = value.trim();
                if (token.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
                    token = token.substring("bearer ".length()).trim();
                }
                if (token.length() >= MIN_TOKEN_LENGTH) {
                    tokens.add(token);
                }
            }
        }
        return tokens;
    }

    /** {@code text} with every known token and every {@code Bearer <token>} masked; null stays null. */
    static String redact(String text, Collection<String> tokens) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String token : tokens) {
            result = result.replace(token, REDACTED);
        }
        return BEARER.matcher(result).replaceAll(BEARER_REDACTED);
    }

    /** {@link #redact(String, Collection)} with the tokens of {@code request}. */
    static String redact(String text, Request request) {
        return redact(text, tokensOf(request));
    }
}
