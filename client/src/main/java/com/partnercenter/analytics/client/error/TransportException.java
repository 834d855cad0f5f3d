package com.partnercenter.analytics.client.error;

/** No usable response: the connection failed, was reset, or timed out, or the retry wait was interrupted. {@link #statusCode()} is 0 unless the body broke off mid-read, and {@link #getCause()} holds the I/O failure. */
public class TransportException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public TransportException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
