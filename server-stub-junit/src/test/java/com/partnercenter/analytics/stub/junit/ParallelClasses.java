package com.partnercenter.analytics.stub.junit;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** What the two parallel classes share: a barrier both must reach (so they provably overlap) and their stubs' URLs. */
final class ParallelClasses {
    static final CyclicBarrier BOTH_RUNNING = new CyclicBarrier(2);
    static final Set<String> BASE_URLS = ConcurrentHashMap.newKeySet();

    private ParallelClasses() {
    }

    /** Waits until the other class is running too; fails the test when the classes do not run side by side. */
    static void awaitTheOtherClass() throws Exception {
        try {
            BOTH_RUNNING.await(60, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the two test classes did not run in parallel", e);
        }
    }
}
