package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.error.ServerErrorException;
import com.partnercenter.analytics.client.support.FakeTime;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CallExecutorTest {
    private final FakeTime time = new FakeTime();
    private final CallExecutor executor = new CallExecutor(RetryPolicy.builder().jitter(0).build(), time, time, () -> 0.5);

    private static FailedResponse unavailable() {
        return new FailedResponse(503, "/x", null, "down", List.of(), null, null, null, null);
    }

    @Test
    void aNonIdempotentCallIsNeverRetried() {
        AtomicInteger sends = new AtomicInteger();
        CallExecutor.Call post = new CallExecutor.Call("createSomething", "POST", "/x", UUID.randomUUID(), UUID.randomUUID());

        ServerErrorException e = catchThrowableOfType(ServerErrorException.class, () -> executor.execute(post, () -> {
            sends.incrementAndGet();
            throw unavailable();
        }));

        assertThat(sends).hasValue(1);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void anIdempotentCallIsRetriedAndReturnsTheFirstSuccess() {
        AtomicInteger sends = new AtomicInteger();
        CallExecutor.Call get = new CallExecutor.Call("listSomething", "GET", "/x", UUID.randomUUID(), UUID.randomUUID());

        String result = executor.execute(get, () -> {
            if (sends.incrementAndGet() < 3) {
                throw unavailable();
            }
            return "ok";
        });

        assertThat(result).isEqualTo("ok");
        assertThat(sends).hasValue(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    @Test
    void retryAfterIsReadAsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        assertThat(RetryAfter.parse("57", now)).isEqualTo(Duration.ofSeconds(57));
        assertThat(RetryAfter.parse(" 0 ", now)).isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("1.5", now)).isEqualTo(Duration.ofMillis(1500));
        assertThat(RetryAfter.parse("Fri, 20 Nov 2026 12:01:30 GMT", now)).isEqualTo(Duration.ofSeconds(90));
        assertThat(RetryAfter.parse("Fri, 20 Nov 2026 11:00:00 GMT", now)).as("a date in the past").isEqualTo(Duration.ZERO);
        assertThat(RetryAfter.parse("soon", now)).isNull();
        assertThat(RetryAfter.parse(null, now)).isNull();
        assertThat(RetryAfter.parse("99999999999999999999", now)).isPositive();
    }
}
