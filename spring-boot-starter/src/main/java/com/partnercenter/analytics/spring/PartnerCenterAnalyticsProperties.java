package com.partnercenter.analytics.spring;

import com.partnercenter.analytics.client.HttpLogLevel;
import com.partnercenter.analytics.client.PartnerCenterCloud;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The {@code partnercenter.analytics.*} settings of the auto-configured client. A setting left out keeps the client
 * builder's default (given in each description), so the two cannot drift apart.
 */
@ConfigurationProperties(PartnerCenterAnalyticsProperties.PREFIX)
public class PartnerCenterAnalyticsProperties {
    public static final String PREFIX = "partnercenter.analytics";

    /** Whether to auto-configure the client. */
    private boolean enabled = true;
    /** The Partner Center cloud to call (default GLOBAL). Set either this or base-url. */
    private PartnerCenterCloud cloud;
    /** The base URL to call instead of a cloud's, e.g. a test server. Set either this or cloud. */
    private String baseUrl;
    /** How long to wait for a connection (default 10s). */
    private Duration connectTimeout;
    /** How long to wait for data on an open connection (default 60s). */
    private Duration readTimeout;
    /** The longest one attempt may take, from sending to the last byte of the answer (default 5m). */
    private Duration callTimeout;
    /** How much of each exchange to log through SLF4J at DEBUG; the token is never logged (default NONE). */
    private HttpLogLevel httpLogLevel;
    /** The X-Locale header, e.g. en-US (default en-US). */
    private String locale;
    /** The MS-PartnerCenter-Application header: your application's name (default pc-analytics-client). */
    private String applicationName;
    /** When and how long to retry; unset values keep the client's RetryPolicy.defaults(). */
    private final Retry retry = new Retry();

    /** The client's RetryPolicy settings. */
    public static class Retry {
        /** How many times a call is sent at most, the first included; 1 turns retries off (default 4). */
        private Integer maxAttempts;
        /** The wait before the first retry when the service sends no Retry-After (default 2s). */
        private Duration initialBackoff;
        /** The longest backoff (default 30s). */
        private Duration maxBackoff;
        /** The factor between successive backoffs, at least 1 (default 2.0). */
        private Double multiplier;
        /** The spread of each backoff as a fraction from 0 to 1 (default 0.2). */
        private Double jitter;
        /** The total time budget of a call, from its first send to the end of its last wait (default 2m). */
        private Duration maxElapsed;

        public Integer getMaxAttempts() { return maxAttempts; }
        public void setMaxAttempts(Integer maxAttempts) { this.maxAttempts = maxAttempts; }
        public Duration getInitialBackoff() { return initialBackoff; }
        public void setInitialBackoff(Duration initialBackoff) { this.initialBackoff = initialBackoff; }
        public Duration getMaxBackoff() { return maxBackoff; }
        public void setMaxBackoff(Duration maxBackoff) { this.maxBackoff = maxBackoff; }
        public Double getMultiplier() { return multiplier; }
        public void setMultiplier(Double multiplier) { this.multiplier = multiplier; }
        public Double getJitter() { return jitter; }
        public void setJitter(Double jitter) { this.jitter = jitter; }
        public Duration getMaxElapsed() { return maxElapsed; }
        public void setMaxElapsed(Duration maxElapsed) { this.maxElapsed = maxElapsed; }
    }

    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public PartnerCenterCloud getCloud() { return cloud; }
    public void setCloud(PartnerCenterCloud cloud) { this.cloud = cloud; }
    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getReadTimeout() { return readTimeout; }
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    public Duration getCallTimeout() { return callTimeout; }
    public void setCallTimeout(Duration callTimeout) { this.callTimeout = callTimeout; }
    public HttpLogLevel getHttpLogLevel() { return httpLogLevel; }
    public void setHttpLogLevel(HttpLogLevel httpLogLevel) { this.httpLogLevel = httpLogLevel; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public String getApplicationName() { return applicationName; }
    public void setApplicationName(String applicationName) { this.applicationName = applicationName; }
    public Retry getRetry() { return retry; }
}
