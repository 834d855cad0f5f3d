package com.partnercenter.analytics.client;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryPolicyTest {
    private final RetryPolicy policy = RetryPolicy.builder().initialBackoff(Duration.ofSeconds(2)).multiplier(2)
            .maxBackoff(Duration.ofSeconds(30)).jitter(0.2).build();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 987654321})
    void backoffDoublesWithinTheJitterBandAndTheCap(long seed) {
        Random random = new Random(seed);
        for (int retry = 1; retry <= 8; retry++) {
            double r = random.nextDouble();
            Duration delay = policy.delayBeforeRetry(retry, null, r);
            double nominal = Math.min(2000.0 * Math.pow(2, retry - 1), 30000.0);
            assertThat(delay.toMillis()).as("retry %d, r=%f", retry, r)
                    .isBetween((long) Math.floor(nominal * 0.8), (long) Math.min(Math.ceil(nominal * 1.2), 30000));
        }
    }

    @Test
    void retryAfterIsAFloorNotACeiling() {
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(57), 0.5)).isEqualTo(Duration.ofSeconds(57));
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(1), 0.5)).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.delayBeforeRetry(1, Duration.ofSeconds(120), 0.5)).as("beyond maxBackoff, still honoured")
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void onlyTheDocumentedTransientStatusesAreRetryable() {
        assertThat(RetryPolicy.RETRYABLE_STATUSES).containsExactlyInAnyOrder(408, 429, 500, 502, 503, 504);
        for (int status : new int[] {400, 401, 403, 404, 405, 406, 409, 412, 501}) {
            assertThat(policy.isRetryableStatus(status)).as("status %d", status).isFalse();
        }
    }

    @Test
    void noneSendsOnce() {
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.defaults().maxAttempts()).isEqualTo(4);
        assertThat(RetryPolicy.defaults().maxElapsed()).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void invalidSettingsAreRejected() {
        assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> RetryPolicy.builder().jitter(1.5)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jitter");
        assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMinutes(2)).maxBackoff(Duration.ofMinutes(1)).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
