package com.partnercenter.analytics.client.internal;

import feign.Response;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/** Small helpers for response bodies and headers. */
final class Bodies {
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private Bodies() {
    }

    /** The whole body, or an empty array when there is none. */
    static byte[] read(Response response) throws IOException {
        if (response.body() == null) {
            return new byte[0];
        }
        try (InputStream in = response.body().asInputStream()) {
            return in.readAllBytes();
        }
    }

    /** The bytes without a leading UTF-8 byte order mark (the spec: robust readers skip a leading U+FEFF). */
    static byte[] stripBom(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2]) {
            return Arrays.copyOfRange(bytes, 3, bytes.length);
        }
        return bytes;
    }

    /** True when the body holds nothing but whitespace. */
    static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return false;
            }
        }
        return true;
    }

    /** At most {@code max} characters of the body as text, for messages. */
    static String preview(byte[] bytes, int max) {
        String text = new String(bytes, StandardCharsets.UTF_8).strip();
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** A header's first value, looked up without regard to case. */
    static String header(Map<String, Collection<String>> headers, String name) {
        if (headers == null) {
            return null;
        }
        Map<String, Collection<String>> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        ci.putAll(headers);
        Collection<String> values = ci.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.iterator().next();
        return value == null || value.isBlank() ? null : value.trim();
    }
}
