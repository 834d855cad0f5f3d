package com.partnercenter.analytics.client.error;

/** HTTP 5xx: a service-side failure. Thrown once the retry budget is spent (or at once, when the status is not retryable, such as 501). */
public class ServerErrorException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public ServerErrorException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
