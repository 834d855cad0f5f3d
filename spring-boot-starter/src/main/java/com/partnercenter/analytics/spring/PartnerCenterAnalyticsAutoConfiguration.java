package com.partnercenter.analytics.spring;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.RetryPolicy;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * A {@link PartnerCenterAnalyticsClient} bean built from {@link PartnerCenterAnalyticsProperties}, the application's
 * {@link PartnerCenterTokenSupplier}, the application's {@code ObservationRegistry} when there is one, and every
 * {@link PartnerCenterAnalyticsClientCustomizer}. An application's own client bean replaces it. Closed with the
 * context.
 */
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration")
@ConditionalOnClass(PartnerCenterAnalyticsClient.class)
@ConditionalOnProperty(prefix = PartnerCenterAnalyticsProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(PartnerCenterAnalyticsProperties.class)
public class PartnerCenterAnalyticsAutoConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    public PartnerCenterAnalyticsClient partnerCenterAnalyticsClient(PartnerCenterAnalyticsProperties properties,
            ObjectProvider<PartnerCenterTokenSupplier> tokenSupplier,
            ObjectProvider<PartnerCenterAnalyticsClientCustomizer> customizers) {
        PartnerCenterTokenSupplier tokens = tokenSupplier.getIfAvailable();
        if (tokens == null) {
            throw new MissingTokenSupplierException();
        }
        PartnerCenterAnalyticsClientBuilder builder = PartnerCenterAnalyticsClient.builder().tokenSupplier(tokens);
        apply(properties, builder);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Applies the properties that are set; the others keep the builder's defaults. */
    static void apply(PartnerCenterAnalyticsProperties properties, PartnerCenterAnalyticsClientBuilder builder) {
        if (properties.getCloud() != null && properties.getBaseUrl() != null) {
            throw new IllegalStateException("Set either " + PartnerCenterAnalyticsProperties.PREFIX + ".cloud or "
                    + PartnerCenterAnalyticsProperties.PREFIX + ".base-url, not both (cloud=" + properties.getCloud()
                    + ", base-url=" + properties.getBaseUrl() + ")");
        }
        PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
        map.from(properties::getCloud).to(builder::cloud);
        map.from(properties::getBaseUrl).to(builder::baseUrl);
        map.from(properties::getConnectTimeout).to(builder::connectTimeout);
        map.from(properties::getReadTimeout).to(builder::readTimeout);
        map.from(properties::getCallTimeout).to(builder::callTimeout);
        map.from(properties::getHttpLogLevel).to(builder::httpLogLevel);
        map.from(properties::getLocale).to(builder::locale);
        map.from(properties::getApplicationName).to(builder::applicationName);
        builder.retryPolicy(retryPolicy(properties.getRetry()));
    }

    static RetryPolicy retryPolicy(PartnerCenterAnalyticsProperties.Retry retry) {
        RetryPolicy.Builder policy = RetryPolicy.defaults().toBuilder();
        PropertyMapper map = PropertyMapper.get().alwaysApplyingWhenNonNull();
        map.from(retry::getMaxAttempts).to(policy::maxAttempts);
        map.from(retry::getInitialBackoff).to(policy::initialBackoff);
        map.from(retry::getMaxBackoff).to(policy::maxBackoff);
        map.from(retry::getMultiplier).to(policy::multiplier);
        map.from(retry::getJitter).to(policy::jitter);
        map.from(retry::getMaxElapsed).to(policy::maxElapsed);
        return policy.build();
    }

    /**
     * Wires the application's {@code ObservationRegistry}, in a class of its own so that nothing of Micrometer is
     * loaded where it is absent. Runs before the application's customizers, which may still replace it.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ObservationRegistry.class)
    static class ObservationConfiguration {
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        PartnerCenterAnalyticsClientCustomizer partnerCenterAnalyticsObservationCustomizer(
                ObjectProvider<ObservationRegistry> registry) {
            return builder -> registry.ifAvailable(builder::observationRegistry);
        }
    }
}
