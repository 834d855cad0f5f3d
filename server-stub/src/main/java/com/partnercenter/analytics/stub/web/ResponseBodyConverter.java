package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.json.JsonOut;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes {@link ResponseBody}s as {@code application/json; charset=utf-8}: whole, with a {@code Content-Length},
 * when they fit in {@link #WHOLE_BODY_LIMIT} bytes, streamed with chunked encoding when they do not.
 */
public final class ResponseBodyConverter extends AbstractHttpMessageConverter<ResponseBody> {
    public static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);

    /**
     * Bodies up to this size (a {@code top=100} subscriptions page is 85 KB) are rendered into a per-thread buffer
     * and sent in one write with their length. Streamed, the same page left Tomcat as 12 writes of 8 KiB plus a
     * chunk terminator, each a system call and a wake-up of the reader on the other end; under load the kernel
     * was half the stub's CPU (docs/benchmarks.md). Bigger bodies (a 10,000-row page is 8.5 MB) still stream, so
     * no response is held whole in memory beyond this size.
     */
    public static final int WHOLE_BODY_LIMIT = 256 * 1024;

    /** Tomcat's request threads are pooled, so each keeps one buffer for its lifetime. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[WHOLE_BODY_LIMIT]);

    public ResponseBodyConverter() {
        super(JSON_UTF8, MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));
    }

    @Override
    protected boolean supports(Class<?> clazz) {
        return ResponseBody.class.isAssignableFrom(clazz);
    }

    @Override
    protected MediaType getDefaultContentType(ResponseBody body) {
        return JSON_UTF8;
    }

    @Override
    protected ResponseBody readInternal(Class<? extends ResponseBody> clazz, HttpInputMessage input) {
        throw new HttpMessageNotReadableException("Response bodies are not read", input);
    }

    @Override
    protected void writeInternal(ResponseBody body, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentType(JSON_UTF8);
        // The response stream is opened (committing the headers) only if the body outgrows the buffer.
        OutputStream stream = new OutputStream() {
            private OutputStream body;

            private OutputStream body() throws IOException {
                if (body == null) {
                    body = output.getBody();
                }
                return body;
            }

            @Override
            public void write(int b) throws IOException {
                body().write(b);
            }

            @Override
            public void write(byte[] bytes, int off, int len) throws IOException {
                body().write(bytes, off, len);
            }

            @Override
            public void flush() throws IOException {
                body().flush();
            }
        };
        try {
            JsonOut out = new JsonOut(stream, BUFFER.get());
            body.writeTo(out);
            if (out.fitsInBuffer()) {
                output.getHeaders().setContentLength(out.size());
                output.getBody().write(out.array(), 0, out.size());
            } else {
                out.flush();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
