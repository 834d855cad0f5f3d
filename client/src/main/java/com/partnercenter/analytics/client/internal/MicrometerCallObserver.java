package com.partnercenter.analytics.client.internal;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import java.time.Duration;

/**
 * {@link CallObserver} as Micrometer Observations: {@value #CALL} per logical call and {@value #ATTEMPT} per attempt
 * (a child of the call's), which a registry turns into timers and, with Micrometer Tracing or the OpenTelemetry
 * bridge, spans. Tags (low cardinality): {@code operation} (the spec's operationId), {@code method}, {@code status}
 * (HTTP status, or {@code none}), {@code outcome}; the attempt also {@code attempt} (its number) and the wait before
 * the next one in milliseconds as {@code retry.wait.ms} and the service's {@code Retry-After} as
 * {@code throttling.wait.ms} (high cardinality). The token, the query and the body are never recorded. Loaded only
 * when the builder is given a registry, so micrometer-observation is an optional dependency.
 */
public final class MicrometerCallObserver implements CallObserver {
    public static final String CALL = "pc.analytics.call";
    public static final String ATTEMPT = "pc.analytics.attempt";

    private final ObservationRegistry registry;

    public MicrometerCallObserver(ObservationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CallScope call(String operationId, String method) {
        Observation call = Observation.createNotStarted(CALL, registry)
                .contextualName(operationId)
                .lowCardinalityKeyValue("operation", operationId)
                .lowCardinalityKeyValue("method", method)
                .start();
        return new CallScope() {
            @Override
            public AttemptScope attempt(int number) {
                Observation attempt = Observation.createNotStarted(ATTEMPT, registry)
                        .contextualName(operationId + " attempt " + number)
                        .parentObservation(call)
                        .lowCardinalityKeyValue("operation", operationId)
                        .lowCardinalityKeyValue("method", method)
                        .lowCardinalityKeyValue("attempt", Integer.toString(number))
                        .start();
                return (status, outcome, retryAfter, wait, error) -> {
                    attempt.lowCardinalityKeyValue("status", status == 0 ? "none" : Integer.toString(status))
                            .lowCardinalityKeyValue("outcome", outcome)
                            .highCardinalityKeyValue("retry.wait.ms", Long.toString(wait == null ? 0 : wait.toMillis()))
                            .highCardinalityKeyValue("throttling.wait.ms", Long.toString(retryAfter == null ? 0 : retryAfter.toMillis()));
                    if (error != null) {
                        attempt.error(error);
                    }
                    attempt.stop();
                };
            }

            @Override
            public void end(int status, int attempts, Throwable error) {
                call.lowCardinalityKeyValue("status", status == 0 ? "none" : Integer.toString(status))
                        .lowCardinalityKeyValue("outcome", error == null ? "success" : "failure")
                        .highCardinalityKeyValue("attempts", Integer.toString(attempts));
                if (error != null) {
                    call.error(error);
                }
                call.stop();
            }
        };
    }
}
