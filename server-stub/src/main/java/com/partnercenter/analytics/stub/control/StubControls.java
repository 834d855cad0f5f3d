package com.partnercenter.analytics.stub.control;

import com.partnercenter.analytics.stub.faults.ScriptedFaults;

/**
 * What a test drives in a running stub (a bean of its context): faults scripted for the next requests and the
 * request journal. The JUnit extension ({@code pc-analytics-stub-junit}) uses it and resets both after each test.
 */
public record StubControls(ScriptedFaults faults, RequestJournal journal, OperationPaths operations) {
}
