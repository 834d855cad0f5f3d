package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.io.ByteArrayOutputStream;
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
}
