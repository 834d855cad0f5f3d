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
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

import java.util.function.Consumer;

import static com.partnercenter.analytics.spring.PartnerCenterAnalyticsProperties.PREFIX;

/**
 * A {@link PartnerCenterAnalyticsClient} bean built from {@link PartnerCenterAnalyticsProperties}, the application's
 * {@link PartnerCenterTokenSupplier}, the application's {@code ObservationRegistry} when there is one, and every
 * {@link PartnerCenterAnalyticsClientCustomizer}. An application's own client bean replaces it. Closed with the
 * context.
 */
@AutoConfiguration(afterName = "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration")
@ConditionalOnClass(PartnerCenterAnalyticsClient.class)
@ConditionalOnProperty(prefix = PREFIX, name = "enabled", matchIfMissing = true)
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

    /**
     * Applies the properties that are set; the others keep the builder's defaults. A value the builder refuses fails
     * the start with Spring Boot's own report of an invalid property (its name, value, origin and the builder's
     * reason), as does setting both cloud and base-url.
     */
    static void apply(PartnerCenterAnalyticsProperties properties, PartnerCenterAnalyticsClientBuilder builder) {
        MutuallyExclusiveConfigurationPropertiesException.throwIfMultipleNonNullValuesIn(entries -> {
            entries.put(PREFIX + ".cloud", properties.getCloud());
            entries.put(PREFIX + ".base-url", properties.getBaseUrl());
        });
        set("cloud", properties.getCloud(), builder::cloud);
        set("base-url", properties.getBaseUrl(), builder::baseUrl);
        set("connect-timeout", properties.getConnectTimeout(), builder::connectTimeout);
        set("read-timeout", properties.getReadTimeout(), builder::readTimeout);
        set("call-timeout", properties.getCallTimeout(), builder::callTimeout);
        set("http-log-level", properties.getHttpLogLevel(), builder::httpLogLevel);
        set("locale", properties.getLocale(), builder::locale);
        set("application-name", properties.getApplicationName(), builder::applicationName);
        builder.retryPolicy(retryPolicy(properties.getRetry()));
    }

    static RetryPolicy retryPolicy(PartnerCenterAnalyticsProperties.Retry retry) {
        RetryPolicy.Builder policy = RetryPolicy.defaults().toBuilder();
        set("retry.max-attempts", retry.getMaxAttempts(), policy::maxAttempts);
        set("retry.initial-backoff", retry.getInitialBackoff(), policy::initialBackoff);
        set("retry.max-backoff", retry.getMaxBackoff(), policy::maxBackoff);
        set("retry.multiplier", retry.getMultiplier(), policy::multiplier);
        set("retry.jitter", retry.getJitter(), policy::jitter);
        set("retry.max-elapsed", retry.getMaxElapsed(), policy::maxElapsed);
        try {
            return policy.build();
        } catch (IllegalArgumentException e) { // a combination, e.g. max-backoff shorter than initial-backoff
            throw new InvalidConfigurationPropertyValueException(PREFIX + ".retry", policy, e.getMessage());
        }
    }

    /** Passes a set property to the builder; the builder's refusal names the property. */
    private static <T> void set(String name, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationPropertyValueException(PREFIX + "." + name, value, e.getMessage());
        }
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
