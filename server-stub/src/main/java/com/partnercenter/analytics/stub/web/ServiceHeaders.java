package com.partnercenter.analytics.stub.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The service's response headers: {@code MS-CorrelationId} (the request's, or a new one), {@code MS-RequestId}
 * (the request's, or a new one), {@code MS-CV} (a correlation vector: the request's extended by one, or a new
 * one) and {@code MS-ServerId} (the stub's {@code stub.server-id}). Computed once per request, when the front door
 * first sees it, and kept in request attributes, so error responses written after a reset carry the same values;
 * nothing is kept per JVM, so stubs with different server ids in one JVM (parallel test classes) each send their own.
 */
public final class ServiceHeaders {
    public static final String CORRELATION_ID = "MS-CorrelationId";
    public static final String REQUEST_ID = "MS-RequestId";
    public static final String CV = "MS-CV";
    public static final String SERVER_ID = "MS-ServerId";
    private static final String ATTRIBUTE = ServiceHeaders.class.getName();
    private static final char[] BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".toCharArray();
    /** {@code stub.server-id}'s default: the value the documentation's responses show. */
    public static final String DEFAULT_SERVER_ID = "102030524";

    private ServiceHeaders() {
    }

    private record Values(String correlationId, String requestId, String cv, String serverId) {
    }

    /** The headers of a request the front door has seen (or, if it has not, with the default server id). */
    public static void apply(HttpServletRequest request, HttpServletResponse response) {
        apply(request, response, DEFAULT_SERVER_ID);
    }

    /** The front door's call: computes the request's values with this stub's server id, or reuses them. */
    public static void apply(HttpServletRequest request, HttpServletResponse response, String serverId) {
        Values v = (Values) request.getAttribute(ATTRIBUTE);
        if (v == null) {
            v = new Values(orNew(request.getHeader(CORRELATION_ID)), orNew(request.getHeader(REQUEST_ID)), cv(request.getHeader(CV)), serverId);
            request.setAttribute(ATTRIBUTE, v);
        }
        response.setHeader(CORRELATION_ID, v.correlationId());
        response.setHeader(REQUEST_ID, v.requestId());
        response.setHeader(CV, v.cv());
        response.setHeader(SERVER_ID, v.serverId());
    }

    private static String orNew(String value) {
        if (value == null || value.isBlank() || value.length() > 128) {
            return UUID.randomUUID().toString();
        }
        return value.trim();
    }

    private static String cv(String incoming) {
        if (incoming != null && incoming.matches("[A-Za-z0-9+/]{16,24}(\\.\\d{1,9}){1,6}")) {
            return incoming + ".1";
        }
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        char[] base = new char[16];
        for (int i = 0; i < base.length; i++) {
            base[i] = BASE64[rnd.nextInt(64)];
        }
        return new String(base) + ".0";
    }
}
