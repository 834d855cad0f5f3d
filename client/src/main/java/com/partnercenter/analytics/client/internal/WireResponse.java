package com.partnercenter.analytics.client.internal;

import feign.Request;

import java.util.Collection;
import java.util.Map;

/**
 * A success response as it came off the wire: status, headers and the whole body, not yet read as JSON. The
 * operation's binding reads the body into its generated model ({@link TolerantDecoder#read}), so one Feign method
 * serves every operation and the body is parsed once.
 */
public record WireResponse(int status, Map<String, Collection<String>> headers, byte[] body, Request request) {

    /** The response header's first value, without regard to case. */
    public String header(String name) {
        return Bodies.header(headers, name);
    }
}
