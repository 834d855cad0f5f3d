package com.partnercenter.analytics.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.codec.ErrorDecoder;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every error response into a {@link FailedResponse}: the service's error body ({@code code},
 * {@code description}, {@code data}, {@code source}; {@code code} as a number or a string), the throttling body
 * ({@code statusCode}, {@code message}) of 429, or any other body, JSON or not, kept as text so that the exception
 * still says what came back. Every text taken from the body has the request's bearer token masked ({@link Secrets}):
 * a gateway that echoes the request's headers must not put the token into an exception message. Never throws.
 */
public final class ErrorResponseDecoder implements ErrorDecoder {
    static final int MAX_BODY_CHARS = 4096;
    private static final int MESSAGE_PREVIEW = 300;

    private final ObjectMapper mapper;

    public ErrorResponseDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Exception decode(String methodKey, Response response) {
        byte[] bytes;
        String readFailure = null;
        try {
            bytes = Bodies.stripBom(Bodies.read(response));
        } catch (IOException e) {
            bytes = new byte[0];
            readFailure = "the error body could not be read (" + e + ")";
        }
        String url = response.request() == null ? null : response.request().url();
        String retryAfter = Bodies.header(response.headers(), "Retry-After");
        String cv = Bodies.header(response.headers(), "MS-CV");
        String contentType = Bodies.header(response.headers(), "Content-Type");
        String body = bytes.length == 0 ? null : Bodies.preview(bytes, MAX_BODY_CHARS);

        String code = null;
        String description = readFailure;
        List<String> data = new ArrayList<>();
        String source = null;

        JsonNode json = parse(bytes);
        if (json != null && json.isObject()) {
            JsonNode codeNode = first(json, "code", "Code", "errorCode");
            if (codeNode != null && !codeNode.isNull()) {
                code = codeNode.isValueNode() ? codeNode.asText() : codeNode.toString();
            }
            JsonNode descriptionNode = first(json, "description", "Description", "message", "Message");
            if (descriptionNode != null && !descriptionNode.isNull()) {
                description = descriptionNode.isValueNode() ? descriptionNode.asText() : descriptionNode.toString();
            }
            JsonNode dataNode = first(json, "data", "Data");
            if (dataNode != null && dataNode.isArray()) {
                dataNode.forEach(item -> data.add(item.isValueNode() ? item.asText() : item.toString()));
            } else if (dataNode != null && !dataNode.isNull()) {
                data.add(dataNode.isValueNode() ? dataNode.asText() : dataNode.toString());
            }
            JsonNode sourceNode = first(json, "source", "Source");
            if (sourceNode != null && !sourceNode.isNull()) {
                source = sourceNode.asText();
            }
            if (description == null && code == null) {
                description = "the error body is JSON but not a Partner Center error: " + Bodies.preview(bytes, MESSAGE_PREVIEW);
            }
        } else if (bytes.length > 0 && !Bodies.isBlank(bytes)) {
            description = "the error body is not JSON" + (contentType == null ? "" : " (" + contentType + ")") + ": "
                    + Bodies.preview(bytes, MESSAGE_PREVIEW);
        } else if (description == null) {
            description = "empty error body" + (response.reason() == null ? "" : " (" + response.reason() + ")");
        }
        List<String> tokens = Secrets.tokensOf(response.request());
        data.replaceAll(item -> Secrets.redact(item, tokens));
        return new FailedResponse(response.status(), url, Secrets.redact(code, tokens), Secrets.redact(description, tokens),
                data, Secrets.redact(source, tokens), retryAfter, cv, Secrets.redact(body, tokens));
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readTree(bytes);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String name : names) {
            if (node.has(name)) {
                return node.get(name);
            }
        }
        return null;
    }
}
