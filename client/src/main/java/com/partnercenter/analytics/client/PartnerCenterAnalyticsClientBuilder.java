package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.internal.AnalyticsHttp;
import com.partnercenter.analytics.client.internal.AsyncTransport;
import com.partnercenter.analytics.client.internal.BearerTokenInterceptor;
import com.partnercenter.analytics.client.internal.CallExecutor;
import com.partnercenter.analytics.client.internal.CallObserver;
import com.partnercenter.analytics.client.internal.MicrometerCallObserver;
import com.partnercenter.analytics.client.internal.ClientContext;
import com.partnercenter.analytics.client.internal.ErrorResponseDecoder;
import com.partnercenter.analytics.client.internal.RedactingLogger;
import com.partnercenter.analytics.client.internal.TolerantDecoder;
import com.partnercenter.analytics.client.internal.TolerantJson;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import feign.Feign;
import feign.Logger;
import feign.Request;
import feign.Retryer;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds a {@link PartnerCenterAnalyticsClient}. Only the token supplier is required; everything else has a
 * default: the global cloud, locale {@code en-US}, application name {@value #DEFAULT_APPLICATION_NAME}, connect
 * timeout 10 s, read timeout 60 s, {@link RetryPolicy#defaults()}, {@link HttpLogLevel#NONE}.
 */
public final class PartnerCenterAnalyticsClientBuilder {
    /** The {@code MS-PartnerCenter-Application} sent when none is set. */
    public static final String DEFAULT_APPLICATION_NAME = "pc-analytics-client";

    private String baseUrl = PartnerCenterCloud.GLOBAL.baseUrl();
    private Supplier<String> tokenSupplier;
    private String locale = "en-US";
    private String applicationName = DEFAULT_APPLICATION_NAME;
    private UUID correlationId;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(60);
    private Duration callTimeout = Duration.ofMinutes(5);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpLogLevel logLevel = HttpLogLevel.NONE;
    private int asyncThreads = 2;
    private CallObserver observer = CallObserver.NONE;
    private Sleeper sleeper = Sleeper.THREAD_SLEEP;
    private Clock clock = Clock.systemUTC();

    PartnerCenterAnalyticsClientBuilder() {
    }

    /** The cloud to call; sets its base URL. */
    public PartnerCenterAnalyticsClientBuilder cloud(PartnerCenterCloud cloud) {
        return baseUrl(Objects.requireNonNull(cloud, "cloud").baseUrl());
    }

    /** The base URL to call, e.g. {@link PartnerCenterCloud#GLOBAL_BASE_URL} or a test server. */
    public PartnerCenterAnalyticsClientBuilder baseUrl(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        URI uri = URI.create(baseUrl.trim());
        if (uri.getScheme() == null || uri.getHost() == null
                || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + baseUrl);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment, was " + baseUrl);
        }
        String text = uri.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        this.baseUrl = text;
        return this;
    }

    /**
     * Supplies the access token (with or without the {@code Bearer } prefix). Called on every request, retries
     * included, so a supplier that refreshes tokens keeps long iterations working. Never logged.
     */
    public PartnerCenterAnalyticsClientBuilder tokenSupplier(Supplier<String> tokenSupplier) {
        this.tokenSupplier = Objects.requireNonNull(tokenSupplier, "tokenSupplier");
        return this;
    }

    /** The {@code X-Locale} of response texts such as error descriptions, e.g. {@code en-US}. */
    public PartnerCenterAnalyticsClientBuilder locale(String locale) {
        if (locale == null || locale.isBlank()) {
            throw new IllegalArgumentException("locale is blank");
        }
        this.locale = locale.trim();
        return this;
    }

    /** The {@code X-Locale}, from a {@link Locale}. */
    public PartnerCenterAnalyticsClientBuilder locale(Locale locale) {
        return locale(Objects.requireNonNull(locale, "locale").toLanguageTag());
    }

    /** The {@code MS-PartnerCenter-Application}: your application's name, for the service's diagnostics. */
    public PartnerCenterAnalyticsClientBuilder applicationName(String applicationName) {
        if (applicationName == null || applicationName.isBlank()) {
            throw new IllegalArgumentException("applicationName is blank");
        }
        if (applicationName.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c > 0xff)) {
            throw new IllegalArgumentException("applicationName must be printable ISO-8859-1 text (it is an HTTP header)");
        }
        this.applicationName = applicationName.trim();
        return this;
    }

    /**
     * A fixed {@code MS-CorrelationId} for every call. Without it, each call (and each pass over the pages of
     * {@link AnalyticsResource#listAll}) gets a new one.
     */
    public PartnerCenterAnalyticsClientBuilder correlationId(UUID correlationId) {
        this.correlationId = correlationId;
        return this;
    }

    /** How long to wait for a connection. */
    public PartnerCenterAnalyticsClientBuilder connectTimeout(Duration connectTimeout) {
        this.connectTimeout = positive(connectTimeout, "connectTimeout");
        return this;
    }

    /** How long to wait for data on an open connection. */
    public PartnerCenterAnalyticsClientBuilder readTimeout(Duration readTimeout) {
        this.readTimeout = positive(readTimeout, "readTimeout");
        return this;
    }

    /**
     * The longest one attempt may take from sending the request to reading the last byte of the answer. The read
     * timeout bounds each wait for data; this bounds the whole exchange, so a body that trickles in forever still
     * ends (in a {@code TransportException}, retried like any connection fault). Default 5 minutes.
     */
    public PartnerCenterAnalyticsClientBuilder callTimeout(Duration callTimeout) {
        this.callTimeout = positive(callTimeout, "callTimeout");
        return this;
    }

    /** When and how long to retry; {@link RetryPolicy#none()} turns retries off. */
    public PartnerCenterAnalyticsClientBuilder retryPolicy(RetryPolicy retryPolicy) {
        this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
        return this;
    }

    /** How much of each exchange to log (SLF4J, DEBUG, logger {@code com.partnercenter.analytics.client.http}). */
    public PartnerCenterAnalyticsClientBuilder httpLogLevel(HttpLogLevel logLevel) {
        this.logLevel = Objects.requireNonNull(logLevel, "logLevel");
        return this;
    }

    /**
     * The threads of {@link PartnerCenterAnalyticsClient#async()} that complete calls (read and decode answers);
     * calls waiting for an answer hold none. Default 2.
     */
    public PartnerCenterAnalyticsClientBuilder asyncThreads(int asyncThreads) {
        if (asyncThreads < 1) {
            throw new IllegalArgumentException("asyncThreads must be at least 1, was " + asyncThreads);
        }
        this.asyncThreads = asyncThreads;
        return this;
    }

    /**
     * Records a Micrometer Observation per call ({@code pc.analytics.call}) and per attempt
     * ({@code pc.analytics.attempt}) in {@code registry}: operation id, method, status, outcome, attempt number,
     * the retry wait and the service's throttling wait ({@code Retry-After}); never the token or the query. Without
     * it nothing is recorded and Micrometer (an optional dependency) is not needed.
     */
    public PartnerCenterAnalyticsClientBuilder observationRegistry(io.micrometer.observation.ObservationRegistry registry) {
        Objects.requireNonNull(registry, "registry");
        this.observer = new MicrometerCallObserver(registry);
        return this;
    }

    /** How to wait between retries; for tests, which should not really sleep. */
    public PartnerCenterAnalyticsClientBuilder sleeper(Sleeper sleeper) {
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        return this;
    }

    /** The clock of the retry budget and of {@code Retry-After} dates; for tests. */
    public PartnerCenterAnalyticsClientBuilder clock(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        return this;
    }

    /** Builds the immutable client. */
    public PartnerCenterAnalyticsClient build() {
        if (tokenSupplier == null) {
            throw new IllegalStateException("tokenSupplier is required: the service accepts only bearer tokens");
        }
        okhttp3.OkHttpClient http = new okhttp3.OkHttpClient.Builder()
                // The retry policy is the only retry loop: no silent re-send by OkHttp.
                .retryOnConnectionFailure(false)
                .connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .callTimeout(callTimeout)
                .build();
        Request.Options timeouts = new Request.Options(connectTimeout.toMillis(), TimeUnit.MILLISECONDS,
                readTimeout.toMillis(), TimeUnit.MILLISECONDS, true);
        AnalyticsHttp api = Feign.builder()
                .client(new feign.okhttp.OkHttpClient(http))
                .decoder(new TolerantDecoder(TolerantJson.mapper()))
                .errorDecoder(new ErrorResponseDecoder(TolerantJson.mapper()))
                .retryer(Retryer.NEVER_RETRY)
                .options(timeouts)
                .requestInterceptor(new BearerTokenInterceptor(tokenSupplier))
                .logger(new RedactingLogger())
                .logLevel(Logger.Level.valueOf(logLevel.name()))
                .target(AnalyticsHttp.class, baseUrl);
        CallExecutor executor = new CallExecutor(retryPolicy, sleeper, clock, () -> ThreadLocalRandom.current().nextDouble());
        // The async transport (threads, JDK HTTP client) is made when async() is first used, once.
        AtomicReference<AsyncTransport> async = new AtomicReference<>();
        String url = baseUrl;
        Supplier<String> tokens = tokenSupplier;
        Duration connect = connectTimeout;
        Duration read = readTimeout;
        int threads = asyncThreads;
        Logger.Level level = Logger.Level.valueOf(logLevel.name());
        Supplier<AsyncTransport> asyncTransport = () -> {
            synchronized (async) {
                if (async.get() == null) {
                    async.set(AsyncTransport.create(url, tokens, connect, read, threads, level));
                }
                return async.get();
            }
        };
        ClientContext context = new ClientContext(baseUrl, locale, applicationName, correlationId, executor,
                AnalyticsSpec.bundled(), UUID::randomUUID, api, timeouts, asyncTransport, observer);
        return new PartnerCenterAnalyticsClient(context, () -> {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
            synchronized (async) {
                if (async.get() != null) {
                    async.get().close();
                }
            }
        });
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + d);
        }
        return d;
    }
}
