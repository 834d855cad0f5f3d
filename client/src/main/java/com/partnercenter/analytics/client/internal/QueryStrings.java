package com.partnercenter.analytics.client.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Query-string encoding and next-link reading. Values are percent-encoded as RFC 3986 requires for a query
 * component value: everything except the unreserved characters {@code A-Z a-z 0-9 - . _ ~} is encoded, so a
 * space is {@code %20}, a quote {@code %27}, a plus {@code %2B} (never a literal {@code +}, which servers read as a
 * space) and a comma {@code %2C}, as the documentation's own encoded examples do.
 */
public final class QueryStrings {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private QueryStrings() {
    }

    /** Percent-encodes a query parameter name or value. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /** Percent-decodes a query parameter name or value; {@code +} is a space, as servers read it. */
    public static String decode(String value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length()) {
                int hi = Character.digit(value.charAt(i + 1), 16);
                int lo = Character.digit(value.charAt(i + 2), 16);
                if (hi >= 0 && lo >= 0) {
                    out.write((hi << 4) | lo);
                    i += 2;
                    continue;
                }
            }
            if (c == '+') {
                out.write(' ');
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.writeBytes(bytes);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
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
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
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
        String path = normalise(rawPath == null ? "" : decode(rawPath));
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
