package com.partnercenter.analytics.client.support;

import com.partnercenter.analytics.client.Sleeper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** A clock that only moves when the client "sleeps", and a sleeper that records each wait instead of waiting. */
public final class FakeTime extends Clock implements Sleeper {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeTime(Instant start) {
        this.now = start;
    }

    public FakeTime() {
        this(Instant.parse("2026-11-20T12:00:00Z"));
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    public synchronized void advance(Duration d) {
        now = now.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }
}
