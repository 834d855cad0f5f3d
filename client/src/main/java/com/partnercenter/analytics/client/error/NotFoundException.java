package com.partnercenter.analytics.client.error;

/** HTTP 404: the resource, or the customer named in the path, does not exist. Never retried. */
public class NotFoundException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
