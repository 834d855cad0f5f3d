package com.partnercenter.analytics.client.error;

/** HTTP 429: the caller is throttled. Thrown when the retry budget is spent or {@link #retryAfter()} exceeds it; the service's {@code message} is in {@link #description()}. */
public class ThrottledException extends PartnerCenterException {
    private static final long serialVersionUID = 1L;

    public ThrottledException(ErrorDetails details, Throwable cause) {
        super(details, cause);
    }
}
