package com.partnercenter.analytics.stub.junit;

/** The stub could not start; the message names the reason (for a bad data file: the file, the line and what is wrong). */
public final class PartnerCenterStubStartException extends RuntimeException {
    PartnerCenterStubStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
