package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A response body the stub writes itself, byte for byte as the service sends it. The generated interfaces
 * return it for every page and collection schema ({@code schemaMappings} in the module's pom), because
 * generated POJOs cannot express the service's wire forms: explicit nulls in plain rows but only the grouped
 * keys in grouped rows, counts as strings in grouped subscription rows, per-field date formats, and the keys
 * under their {@code wireName}.
 */
public interface ResponseBody {
    /** Writes the JSON body, UTF-8. */
    void writeTo(JsonOut out);

    /** The body as a string (tests and logs). */
    default String toJson() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonOut out = new JsonOut(bytes);
        writeTo(out);
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Bytes buffered before each write to the response stream: Tomcat buffers 8 KiB itself, so a bigger buffer
     * here only adds allocation per response (the 64 KiB one was 27% of the stub's allocation under load).
     */
    int STREAM_BUFFER = 16 * 1024;

    /** Streams the body to {@code stream}. */
    default void writeTo(OutputStream stream) throws IOException {
        try {
            JsonOut out = new JsonOut(stream, STREAM_BUFFER);
            writeTo(out);
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
