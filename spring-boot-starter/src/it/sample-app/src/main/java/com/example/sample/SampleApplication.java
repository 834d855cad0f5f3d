package com.example.sample;

import com.partnercenter.analytics.spring.PartnerCenterAnalyticsClientCustomizer;
import com.partnercenter.analytics.spring.PartnerCenterTokenSupplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A user's application: it depends on the starter, provides the token supplier (here from a property; a real one asks
 * its identity library, e.g. MSAL's token cache) and injects the client into its own service,
 * {@link AutoRenewalReport}. Nothing else of the SDK is configured by hand.
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    @Bean
    PartnerCenterTokenSupplier partnerCenterTokens(@Value("${sample.access-token}") String accessToken) {
        return () -> accessToken;
    }

    @Bean
    PartnerCenterAnalyticsClientCustomizer asyncThreads() {
        return builder -> builder.asyncThreads(1);
    }
}
