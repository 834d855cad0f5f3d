package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.control.RecordedRequest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The running stub as a test sees it: its address, a client builder pointed at it, faults for the next requests and
 * the journal of the requests it received. Faults and journal are reset after each test. Inject it as a parameter.
 */
public final class PartnerCenterStub {
    /** The bearer token the ready client builder sends; the stub accepts any. */
    public static final String TOKEN = "partner-center-stub-test-token";
    /** The {@code Retry-After} of {@link #throttleNext(int)}: one second, like a short service throttle. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final RunningStub stub;

    PartnerCenterStub(RunningStub stub) {
        this.stub = stub;
    }

    /** {@code http://127.0.0.1:<port>}, the base URL of every operation's path. */
    public String baseUrl() {
        return stub.baseUrl;
    }

    /**
     * {@code PartnerCenterAnalyticsClient.builder()} pointed at the stub with a token, and retries with short
     * backoff (10 ms, at most 100 ms; a {@code Retry-After} is still honoured) so tests do not sit in backoff. Each
     * call gives a new builder; change anything before {@code build()}.
     */
    public PartnerCenterAnalyticsClientBuilder clientBuilder() {
        return PartnerCenterAnalyticsClient.builder()
                .baseUrl(baseUrl())
                .tokenSupplier(() -> TOKEN)
                .retryPolicy(RetryPolicy.defaults().toBuilder()
                        .initialBackoff(Duration.ofMillis(10)).maxBackoff(Duration.ofMillis(100)).build());
    }

    /** The next {@code count} API requests, of any operation, are answered 429 with {@code Retry-After: 1}. */
    public PartnerCenterStub throttleNext(int count) {
        return throttleNext(count, null, DEFAULT_RETRY_AFTER);
    }

    /**
     * The next {@code count} requests of {@code operationId} (e.g. {@code listSubscriptions}; {@code null}: any) are
     * answered 429 with the service's throttling body and {@code Retry-After} (whole seconds).
     */
    public PartnerCenterStub throttleNext(int count, String operationId, Duration retryAfter) {
        stub.controls.faults().add(checked(operationId), count, 429, seconds(retryAfter), 0);
        return this;
    }

    /** The next {@code count} API requests are answered {@code status}: 500 or 503 (503 with {@code Retry-After: 1}). */
    public PartnerCenterStub failNext(int count, int status) {
        return failNext(count, status, null);
    }

    /** The next {@code count} requests of {@code operationId} ({@code null}: any) are answered {@code status} (500 or 503). */
    public PartnerCenterStub failNext(int count, int status, String operationId) {
        if (status != 500 && status != 503) {
            throw new IllegalArgumentException("failNext takes 500 or 503, was " + status + " (throttleNext gives 429)");
        }
        stub.controls.faults().add(checked(operationId), count, status, seconds(DEFAULT_RETRY_AFTER), 0);
        return this;
    }

    /** The next {@code count} API requests are answered after {@code delay} (then normally). */
    public PartnerCenterStub delayNext(int count, Duration delay) {
        return delayNext(count, delay, null);
    }

    /** The next {@code count} requests of {@code operationId} ({@code null}: any) are answered after {@code delay}. */
    public PartnerCenterStub delayNext(int count, Duration delay, String operationId) {
        Objects.requireNonNull(delay, "delay");
        stub.controls.faults().add(checked(operationId), count, 0, 0, delay.toMillis());
        return this;
    }

    /** Every API request the stub received in this test, oldest first. */
    public List<RecordedRequest> requests() {
        return stub.controls.journal().requests();
    }

    /** The requests of one operation, e.g. {@code requests("listSubscriptions")}. */
    public List<RecordedRequest> requests(String operationId) {
        return requests().stream().filter(r -> r.operationId().filter(operationId::equals).isPresent()).toList();
    }

    /** Clears faults not yet used and the journal now (the extension also does it after each test). */
    public void reset() {
        stub.reset();
    }

    /** Milliseconds this stub took to start (spent once; classes that reuse it start in no time). */
    public long startMillis() {
        return stub.startMillis;
    }

    private String checked(String operationId) {
        if (operationId != null && AnalyticsSpec.bundled().operation(operationId).isEmpty()) {
            throw new IllegalArgumentException("No operation '" + operationId + "' in the spec; ids are like listSubscriptions");
        }
        return operationId;
    }

    private static int seconds(Duration d) {
        Objects.requireNonNull(d, "retryAfter");
        if (d.isNegative()) {
            throw new IllegalArgumentException("retryAfter must not be negative, was " + d);
        }
        return (int) Math.min(Integer.MAX_VALUE, d.toSeconds());
    }

    @Override
    public String toString() {
        return "PartnerCenterStub[" + baseUrl() + ", " + stub.settings + "]";
    }
}
