package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.query.PercentEncoding;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Query-string reading and next-link reading. Names and values are percent-encoded and decoded by the query
 * module's {@link PercentEncoding} (shared with the stub): the client sends {@link PercentEncoding#encode}'s form,
 * in which a comma is {@code %2C}, as the documentation's own encoded examples do.
 */
public final class QueryStrings {
    private QueryStrings() {
    }

    /** The parameters of a raw (encoded) query string, decoded, in order; a repeated name keeps its last value. */
    public static Map<String, String> parse(String rawQuery) {
        Map<String, String> result = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return result;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentEncoding.decode(pair.substring(eq + 1));
            result.put(name, value);
        }
        return result;
    }

    /**
     * Reads a next link, absolute or relative to the base URL, as the query of a call to the same operation: checks
     * that its path is the operation's path (or one of its aliases, trailing slash ignored) and returns its decoded
     * parameters. The host of an absolute link is not used: the call goes to the client's own base URL, so the
     * bearer token never leaves for another host.
     *
     * @throws IllegalArgumentException when the link is malformed or names another operation
     */
    public static Map<String, String> nextLinkQuery(String link, String operationId, Collection<String> operationPaths) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("The next link is empty");
        }
        String trimmed = link.trim();
        String rawPath;
        String rawQuery;
        try {
            URI uri = new URI(trimmed.replace(" ", "%20"));
            rawPath = uri.getRawPath();
            rawQuery = uri.getRawQuery();
        } catch (URISyntaxException e) {
            int q = trimmed.indexOf('?');
            rawPath = q < 0 ? trimmed : trimmed.substring(0, q);
            rawQuery = q < 0 ? null : trimmed.substring(q + 1);
            if (rawPath.contains("://")) {
                rawPath = rawPath.substring(rawPath.indexOf('/', rawPath.indexOf("://") + 3) < 0 ? rawPath.length()
                        : rawPath.indexOf('/', rawPath.indexOf("://") + 3));
            }
        }
        String path = normalise(rawPath == null ? "" : PercentEncoding.decode(rawPath));
        if (!path.isEmpty()) {
            boolean matches = false;
            for (String candidate : operationPaths) {
                String op = normalise(candidate);
                if (path.equals(op) || path.endsWith(op)) {
                    matches = true;
                    break;
                }
            }
            if (!matches) {
                throw new IllegalArgumentException("The next link " + trimmed + " is not a link of " + operationId
                        + " (expected the path " + operationPaths.iterator().next() + ")");
            }
        }
        return parse(rawQuery);
    }

    private static String normalise(String path) {
        String p = path.trim().toLowerCase(Locale.ROOT);
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }
}
