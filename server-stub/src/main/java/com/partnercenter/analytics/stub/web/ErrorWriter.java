package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.stub.error.ApiException;
import com.partnercenter.analytics.stub.generated.model.ServiceError;
import com.partnercenter.analytics.stub.generated.model.ThrottlingError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.List;

/**
 * Writes error responses straight to the servlet response, in the service's shapes (the generated
 * {@code ServiceError} and {@code ThrottlingError} models), with the service's headers. Written directly rather
 * than through Spring's message converters so that the body is JSON even when the request's {@code Accept}
 * excludes JSON (the 406 case) and so that nothing of Spring's default error JSON can leak out.
 */
public final class ErrorWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorWriter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String SOURCE = "PartnerFD";
    public static final String CONTENT_TYPE = "application/json; charset=utf-8";

    private ErrorWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ApiException e) {
        write(request, response, e.status(), e.code(), e.getMessage(), e.data());
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, int code,
                             String description, List<String> data) {
        ServiceError body = new ServiceError();
        body.setCode(code);
        body.setDescription(truncate(description));
        body.setData(data == null ? List.of() : data);
        body.setSource(SOURCE);
        send(request, response, status, body);
    }

    /** 429 with the throttling layer's body and {@code Retry-After}. */
    public static void throttled(HttpServletRequest request, HttpServletResponse response, int retryAfterSeconds) {
        ThrottlingError body = new ThrottlingError();
        body.setStatusCode(429);
        body.setMessage("Rate limit is exceeded. Try again in " + retryAfterSeconds + " seconds.");
        if (prepare(request, response, 429)) {
            response.setHeader("Retry-After", Integer.toString(retryAfterSeconds));
            body(response, body);
        }
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, int status, Object body) {
        if (prepare(request, response, status)) {
            body(response, body);
        }
    }

    private static boolean prepare(HttpServletRequest request, HttpServletResponse response, int status) {
        if (response.isCommitted()) {
            LOG.warn("Cannot send {} for {} {}: the response is already committed", status, request.getMethod(), request.getRequestURI());
            return false;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        ServiceHeaders.apply(request, response);
        return true;
    }

    private static void body(HttpServletResponse response, Object body) {
        try {
            byte[] bytes = JSON.writeValueAsBytes(body);
            response.setContentLength(bytes.length);
            response.getOutputStream().write(bytes);
            response.flushBuffer();
        } catch (IOException e) {
            LOG.debug("Client went away while an error was written: {}", e.toString());
        }
    }

    private static String truncate(String description) {
        if (description == null || description.isBlank()) {
            return "Invalid request input";
        }
        return description.length() <= 1024 ? description : description.substring(0, 1021) + "...";
    }
}
