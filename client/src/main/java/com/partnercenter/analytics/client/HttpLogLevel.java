package com.partnercenter.analytics.client;

/**
 * How much of each HTTP exchange the client logs, through SLF4J at DEBUG under the logger
 * {@code com.partnercenter.analytics.client.http}. At every level the bearer token is replaced by
 * {@code Bearer <redacted>}.
 */
public enum HttpLogLevel {
    /** Nothing (the default). */
    NONE,
    /** The request line, the response status and the time taken. */
    BASIC,
    /** {@link #BASIC} plus request and response headers ({@code Authorization} redacted). */
    HEADERS,
    /** {@link #HEADERS} plus the response bodies. */
    FULL
}
