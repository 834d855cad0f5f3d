package com.partnercenter.analytics.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing token supplier into Spring Boot's "APPLICATION FAILED TO START" report with the bean to provide,
 * instead of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class MissingTokenSupplierFailureAnalyzer extends AbstractFailureAnalyzer<MissingTokenSupplierException> {
    static final String DESCRIPTION = "The Partner Center Analytics client (pc-analytics-spring-boot-starter) could not"
            + " be created: the application context has no bean of type "
            + PartnerCenterTokenSupplier.class.getName() + ", which supplies the access token of every request.";
    static final String ACTION = "Define a bean of type " + PartnerCenterTokenSupplier.class.getName()
            + " that returns an App+User access token for https://api.partnercenter.microsoft.com, for example:\n\n"
            + "    @Bean\n"
            + "    PartnerCenterTokenSupplier partnerCenterTokens(MyTokenCache tokens) {\n"
            + "        return () -> tokens.accessToken(\"https://api.partnercenter.microsoft.com/.default\");\n"
            + "    }\n\n"
            + "or define your own PartnerCenterAnalyticsClient bean, or set partnercenter.analytics.enabled=false.";

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingTokenSupplierException cause) {
        return new FailureAnalysis(DESCRIPTION, ACTION, cause);
    }
}
