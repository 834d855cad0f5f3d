package com.partnercenter.analytics.spring;

/** The context has no {@link PartnerCenterTokenSupplier} bean; {@link MissingTokenSupplierFailureAnalyzer} explains it. */
public class MissingTokenSupplierException extends IllegalStateException {
    public MissingTokenSupplierException() {
        super("No bean of type " + PartnerCenterTokenSupplier.class.getName()
                + ": the auto-configured PartnerCenterAnalyticsClient needs one to get access tokens");
    }
}
