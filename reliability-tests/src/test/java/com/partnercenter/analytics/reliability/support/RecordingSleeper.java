package com.partnercenter.analytics.reliability.support;

import com.partnercenter.analytics.client.Sleeper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Really sleeps (the fault tests run in real time), and records each wait the retry loop asked for. */
public final class RecordingSleeper implements Sleeper {
    private final List<Duration> waits = new ArrayList<>();

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        synchronized (this) {
            waits.add(duration);
        }
        Sleeper.THREAD_SLEEP.sleep(duration);
    }

    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
