package com.partnercenter.analytics.query;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of query parameter names and values (RFC 3986, UTF-8), shared by the client and the stub.
 *
 * <p>One rule: every byte except the unreserved characters {@code A-Z a-z 0-9 - . _ ~} is encoded, so a space is
 * {@code %20}, a quote {@code %27}, a plus {@code %2B} (never a literal {@code +}, which servers read as a space).
 * The one knob is the comma, a sub-delimiter RFC 3986 allows literally in a query:
 * <ul>
 *   <li>{@link #encode} encodes it ({@code %2C}), as the documentation's own encoded request examples do; the
 *       client sends this form (its request tests pin {@code groupby=a%2Cb});</li>
 *   <li>{@link #encodeKeepingCommas} leaves it, the form of the {@code @nextLink} the stub writes
 *       ({@code ?groupby=subscriptionType,creationDate&...&skip=3}), which the recorded fixtures hold byte for byte.</li>
 * </ul>
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {
    }

    /** Percent-encodes everything but the unreserved characters (a comma too). */
    public static String encode(String value) {
        return encode(value, false);
    }

    /** Percent-encodes everything but the unreserved characters and the comma. */
    public static String encodeKeepingCommas(String value) {
        return encode(value, true);
    }

    private static String encode(String value, boolean keepCommas) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || (keepCommas && c == ',')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }

    /**
     * Percent-decodes a query parameter name or value as UTF-8; {@code +} is a space, as servers read it. A
     * {@code %} that does not start an escape stays as it is; malformed UTF-8 becomes U+FFFD.
     */
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

    /**
     * The index in an encoded query of the first run of percent-encoded bytes that is not UTF-8, or -1. A
     * {@code %} that does not start an escape is skipped (it is not an encoded byte).
     */
    public static int firstMalformedUtf8(String encoded) {
        if (encoded == null || encoded.indexOf('%') < 0) {
            return -1;
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < encoded.length()) {
            if (encoded.charAt(i) != '%') {
                i++;
                continue;
            }
            int start = i;
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            while (i + 2 < encoded.length() && encoded.charAt(i) == '%') {
                int hi = Character.digit(encoded.charAt(i + 1), 16);
                int lo = Character.digit(encoded.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    break;
                }
                bytes.write(hi * 16 + lo);
                i += 3;
            }
            if (bytes.size() == 0) {
                i = start + 1;
                continue;
            }
            try {
                utf8.reset().decode(ByteBuffer.wrap(bytes.toByteArray()));
            } catch (CharacterCodingException e) {
                return start;
            }
        }
        return -1;
    }
}
