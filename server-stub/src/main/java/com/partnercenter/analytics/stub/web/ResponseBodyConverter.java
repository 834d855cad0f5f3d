package com.partnercenter.analytics.stub.web;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Streams {@link ResponseBody}s as {@code application/json; charset=utf-8}. */
public final class ResponseBodyConverter extends AbstractHttpMessageConverter<ResponseBody> {
    public static final MediaType JSON_UTF8 = new MediaType("application", "json", StandardCharsets.UTF_8);

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
        body.writeTo(output.getBody());
    }
}
