package com.partnercenter.analytics.client.error;

/** HTTP 401: the bearer token is missing, malformed, expired or not accepted. Never retried. */
public class UnauthorizedException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
