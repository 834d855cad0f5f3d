package com.partnercenter.analytics.stub.json;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small, fast UTF-8 JSON byte writer: response bodies are assembled from pre-encoded keys and dictionary
 * values, so writing a page is mostly array copies. Flushes to the target stream in 64 KiB chunks when it has
 * one; otherwise grows.
 */
public final class JsonOut {
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream target;
    private byte[] buf;
    private int len;
    private boolean flushed;

    public JsonOut(OutputStream target) {
        this(target, FLUSH_AT);
    }

    /**
     * A writer that flushes to {@code target} about every {@code flushAt} bytes (it grows past that only for a
     * single larger value).
     */
    public JsonOut(OutputStream target, int flushAt) {
        this.target = target;
        this.buf = new byte[flushAt + 4096];
    }

    /**
     * A writer that fills {@code buffer} (a caller's reusable array) and flushes to {@code target} only when it is
     * full: a body that fits is never written to the target, so the caller can send it in one write with its
     * length ({@link #fitsInBuffer()}).
     */
    public JsonOut(OutputStream target, byte[] buffer) {
        this.target = target;
        this.buf = buffer;
    }

    public JsonOut() {
        this(null);
    }

    /**
     * True while nothing has been written to the target stream: the whole output is the first {@link #size()}
     * bytes of {@link #array()}.
     */
    public boolean fitsInBuffer() {
        return !flushed;
    }

    private void ensure(int extra) {
        if (len + extra <= buf.length) {
            return;
        }
        if (target != null) {
            flushBuffer();
            if (extra <= buf.length) {
                return;
            }
        }
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
    }

    private void flushBuffer() {
        flushed = true;
        try {
            target.write(buf, 0, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        len = 0;
    }

    /** Writes what is buffered to the target stream, if there is one. */
    public void flush() {
        if (target != null && len > 0) {
            flushBuffer();
        }
        if (target != null) {
            try {
                target.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public JsonOut raw(byte b) {
        ensure(1);
        buf[len++] = b;
        return this;
    }

    public JsonOut raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    public JsonOut ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            buf[len++] = (byte) s.charAt(i);
        }
        return this;
    }

    public JsonOut number(long v) {
        if (v == Long.MIN_VALUE) {
            return ascii(Long.toString(v));
        }
        ensure(20);
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        if (v < 10) {
            buf[len++] = (byte) ('0' + v);
            return this;
        }
        int start = len;
        while (v > 0) {
            buf[len++] = (byte) ('0' + (v % 10));
            v /= 10;
        }
        for (int i = start, j = len - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
        return this;
    }

    /** A count as a JSON string of digits ({@code "63"}), as grouped subscription rows send it. */
    public JsonOut numberAsString(long v) {
        raw((byte) '"');
        number(v);
        return raw((byte) '"');
    }

    public JsonOut number(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return ascii("null");
        }
        return ascii(Double.toString(v));
    }

    public JsonOut bool(boolean v) {
        return ascii(v ? "true" : "false");
    }

    public JsonOut nul() {
        return ascii("null");
    }

    public JsonOut string(String s) {
        return raw(encodeString(s));
    }

    /** The key followed by a colon, e.g. {@code "Value":}. */
    public static byte[] encodeKey(String key) {
        byte[] s = encodeString(key);
        byte[] out = Arrays.copyOf(s, s.length + 1);
        out[s.length] = ':';
        return out;
    }

    /** A JSON string literal, quotes included, UTF-8. */
    public static byte[] encodeString(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                switch (c) {
                    case '"' -> sb.append("\\\"");
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> sb.append("\\u00").append((char) HEX[c >> 4]).append((char) HEX[c & 15]);
                }
            } else if (sb != null) {
                sb.append(c);
            }
        }
        String body = sb == null ? s : sb.toString();
        byte[] utf8 = body.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[utf8.length + 2];
        out[0] = '"';
        System.arraycopy(utf8, 0, out, 1, utf8.length);
        out[out.length - 1] = '"';
        return out;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    public int size() {
        return len;
    }

    byte[] buffer() {
        return buf;
    }

    /** Appends room for {@code n} bytes and returns the offset where they start (for in-place formatters). */
    public int reserve(int n) {
        ensure(n);
        int at = len;
        len += n;
        return at;
    }

    /** The current buffer; valid until the next write. */
    public byte[] array() {
        return buf;
    }

    /** Gives back unused bytes of the last {@link #reserve}. */
    public void unreserve(int n) {
        len -= n;
    }
}
