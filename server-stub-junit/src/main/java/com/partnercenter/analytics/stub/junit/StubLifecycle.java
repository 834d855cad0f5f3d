package com.partnercenter.analytics.stub.junit;

/** How long a started stub lives. */
public enum StubLifecycle {
    /**
     * Until the whole test run ends: a later test class with the same settings reuses it (no second start). Test
     * classes running at the same time (JUnit's parallel mode) each get their own, so faults and journals of one
     * never reach another.
     */
    PER_RUN,
    /** Started for one test class and stopped after it. */
    PER_CLASS
}
