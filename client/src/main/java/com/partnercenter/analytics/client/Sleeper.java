package com.partnercenter.analytics.client;

import java.time.Duration;

/**
 * Waits between retries. The default sleeps the calling thread; tests inject one that records the waits and
 * advances a clock instead, so that a 57-second {@code Retry-After} costs no time.
 */
@FunctionalInterface
public interface Sleeper {
    /** Sleeps the calling thread. */
    Sleeper THREAD_SLEEP = duration -> Thread.sleep(duration.toMillis());

    /** Waits {@code duration}; throws when the wait is interrupted. */
    void sleep(Duration duration) throws InterruptedException;
}
