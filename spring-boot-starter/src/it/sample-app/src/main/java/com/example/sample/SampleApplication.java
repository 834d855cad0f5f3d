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
 * {@link AutoRenewalReport}. Nothing else of the SDK is configured by hand. The starter's README shows the tagged
 * regions verbatim (StarterReadmeTest).
 */
@SpringBootApplication
public class SampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    // tag::token-supplier[]
    @Bean
    PartnerCenterTokenSupplier partnerCenterTokens(@Value("${sample.access-token}") String accessToken) {
        return () -> accessToken;   // asked on every request: return the current token of your token cache
    }
    // end::token-supplier[]

    // tag::customizer[]
    @Bean
    PartnerCenterAnalyticsClientCustomizer batchSettings() {
        return builder -> builder
                .asyncThreads(1)                                   // what properties do not cover
                .correlationId(java.util.UUID.fromString("6f1c1f43-3b36-4c8e-9d8b-0c6f7c2f6a10"));
    }
    // end::customizer[]
}
