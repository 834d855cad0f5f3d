package com.partnercenter.analytics.spec;

/** The OpenAPI document cannot be read, or its {@code x-pc-*} extensions are malformed. */
public class SpecFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpecFormatException(String message) {
        super(message);
    }

    public SpecFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
