package com.partnercenter.analytics.client.error;

/** A success status whose body cannot be read as the operation's JSON (not JSON, empty, or the wrong shape). Never retried. */
public class InvalidResponseException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public InvalidResponseException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
