package com.partnercenter.analytics.client.internal;

import feign.RequestInterceptor;
import feign.RequestTemplate;

import java.util.Locale;
import java.util.function.Supplier;

/**
 * Sets {@code Authorization: Bearer <token>} on every attempt, asking the supplier each time, so a refreshed token
 * is used as soon as the supplier returns it (also on a retry). A supplier may return the token with or without
 * the {@code Bearer } prefix.
 */
public final class BearerTokenInterceptor implements RequestInterceptor {
    private final Supplier<String> tokens;

    public BearerTokenInterceptor(Supplier<String> tokens) {
        this.tokens = tokens;
    }

    @Override
    public void apply(RequestTemplate template) {
        String token = tokens.get();
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("The token supplier returned no access token");
        }
        String trimmed = token.trim();
        if (trimmed.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            trimmed = trimmed.substring("bearer ".length()).trim();
        }
        template.removeHeader("Authorization");
        template.header("Authorization", "Bearer " + trimmed);
    }
}
