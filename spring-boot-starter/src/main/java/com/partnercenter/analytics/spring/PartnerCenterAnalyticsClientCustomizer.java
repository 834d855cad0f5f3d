package com.partnercenter.analytics.spring;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;

/**
 * Changes the builder of the auto-configured client after the {@code partnercenter.analytics.*} properties are
 * applied, for what properties cannot say (a fixed correlation id, async threads, a clock). Every bean of this type is
 * applied, in {@link org.springframework.core.annotation.Order @Order} order.
 */
@FunctionalInterface
public interface PartnerCenterAnalyticsClientCustomizer {
    void customize(PartnerCenterAnalyticsClientBuilder builder);
}
