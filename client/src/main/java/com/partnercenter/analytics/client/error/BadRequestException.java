package com.partnercenter.analytics.client.error;

/** HTTP 400: the service rejected the request (a parameter or filter token; see {@link #description()} and {@link #data()}). Never retried. */
public class BadRequestException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
