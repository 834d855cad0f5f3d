package com.partnercenter.analytics.stub.data.generate;

import java.util.SplittableRandom;

/** A subscription's lifecycle state, as the service writes it in {@code status}. */
enum SubscriptionStatus {
    ACTIVE, SUSPENDED, DEPROVISIONED;

    /** Of every hundred subscriptions, this many are deprovisioned ... */
    static final int DEPROVISIONED_PERCENT = 12;
    /** ... and this many suspended; the rest are active. */
    static final int SUSPENDED_PERCENT = 8;

    /** A status with the shares above (one draw). */
    static SubscriptionStatus draw(SplittableRandom rnd) {
        int roll = rnd.nextInt(100);
        return roll < DEPROVISIONED_PERCENT ? DEPROVISIONED
                : roll < DEPROVISIONED_PERCENT + SUSPENDED_PERCENT ? SUSPENDED : ACTIVE;
    }

    /** The wire value of {@code status}. */
    String wireName() {
        return name();
    }
}
