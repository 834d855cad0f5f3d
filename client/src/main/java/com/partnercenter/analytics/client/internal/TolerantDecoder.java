package com.partnercenter.analytics.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.client.generated.model.ApiResponse;
import feign.Response;
import feign.Types;
import feign.codec.DecodeException;
import feign.codec.Decoder;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;

/**
 * Decodes success bodies with {@link TolerantJson}: skips a leading byte order mark, reads the generated
 * {@code ApiResponse<T>} wrapper (status, headers and body) as well as plain models, and turns a body that is not
 * the expected JSON into a {@link DecodeException} whose message names the target type and shows the start of the
 * body (with the request's bearer token masked, {@link Secrets}). Transport failures while reading stay
 * {@link IOException}s, so they are told apart from bad JSON.
 */
public final class TolerantDecoder implements Decoder {
    private static final int PREVIEW = 200;
    private final ObjectMapper mapper;

    public TolerantDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (type == WireResponse.class) {
            // The operation's binding reads the body (read below); here only the bytes are taken off the wire, so a
            // connection that breaks off mid-body is still an IOException of the exchange.
            return new WireResponse(response.status(), Collections.unmodifiableMap(response.headers()),
                    Bodies.read(response), response.request());
        }
        if (type instanceof ParameterizedType parameterized && Types.getRawType(type) == ApiResponse.class) {
            Type bodyType = parameterized.getActualTypeArguments()[0];
            Object body = decodeBody(response, bodyType);
            Map<String, Collection<String>> headers = Collections.unmodifiableMap(response.headers());
            return new ApiResponse<>(response.status(), headers, body);
        }
        return decodeBody(response, type);
    }

    private Object decodeBody(Response response, Type type) throws IOException {
        return readBytes(mapper, Bodies.read(response), type, response.status(), response.request());
    }

    /**
     * Reads a success body taken off the wire into {@code type} with the client's mapper.
     *
     * @throws DecodeException when the body is empty or not the expected JSON (the message names the type, the
     *                         field that did not fit, and shows the start of the body with the token masked)
     */
    public static <T> T read(WireResponse response, Class<T> type) {
        try {
            return type.cast(readBytes(TolerantJson.mapper(), response.body(), type, response.status(), response.request()));
        } catch (IOException e) {
            throw new DecodeException(response.status(), e.getMessage(), response.request(), e);
        }
    }

    private static Object readBytes(ObjectMapper mapper, byte[] raw, Type type, int status, feign.Request request)
            throws IOException {
        byte[] bytes = Bodies.stripBom(raw);
        JavaType javaType = mapper.constructType(type);
        if (Bodies.isBlank(bytes)) {
            throw new DecodeException(status,
                    "The response body is empty; expected JSON for " + javaType.getRawClass().getSimpleName(), request);
        }
        try {
            return mapper.readValue(bytes, javaType);
        } catch (JsonProcessingException e) {
            throw new DecodeException(status,
                    "The response body is not valid JSON for " + javaType.getRawClass().getSimpleName() + ": "
                            + Secrets.redact(fieldOf(e) + e.getOriginalMessage() + "; body starts with: "
                            + Bodies.preview(bytes, PREVIEW), request),
                    request, new ParseFailure(e));
        }
    }

    /** {@code "field Value[0].licenseCount: "} for a value that does not fit its field, else empty. */
    static String fieldOf(JsonProcessingException e) {
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return "field " + path + ": ";
    }

    /**
     * Jackson's exception in place of the original cause: its message quotes the body (and its location the body's
     * source), which may hold an echoed token, so only the parser's position and the exception type are kept.
     */
    static final class ParseFailure extends IOException {
        private static final long serialVersionUID = 1L;

        ParseFailure(JsonProcessingException e) {
            super(e.getClass().getSimpleName() + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
    }
}
