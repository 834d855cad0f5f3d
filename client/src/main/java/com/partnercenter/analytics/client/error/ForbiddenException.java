package com.partnercenter.analytics.client.error;

/** HTTP 403: the token is valid but may not read this resource (for example an App-only token on a user-only operation). Never retried. */
public class ForbiddenException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
