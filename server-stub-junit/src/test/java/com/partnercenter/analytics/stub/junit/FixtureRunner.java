package com.partnercenter.analytics.stub.junit;

import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

/**
 * Runs fixture classes (tagged {@value #FIXTURE}, which the build's own run excludes) in a test run of their own, as
 * a team's build would: one class after another, or classes in parallel.
 */
final class FixtureRunner {
    static final String FIXTURE = "fixture";

    private FixtureRunner() {
    }

    static TestExecutionSummary run(Class<?>... classes) {
        return run(false, classes);
    }

    /** With {@code parallel}, JUnit's parallel mode as a team's junit-platform.properties sets it: classes concurrent. */
    static TestExecutionSummary run(boolean parallel, Class<?>... classes) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameter("junit.jupiter.execution.parallel.enabled", Boolean.toString(parallel))
                .configurationParameter("junit.jupiter.execution.parallel.mode.default", "same_thread")
                .configurationParameter("junit.jupiter.execution.parallel.mode.classes.default", "concurrent")
                .configurationParameter("junit.jupiter.execution.parallel.config.strategy", "fixed")
                .configurationParameter("junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(classes.length));
        for (Class<?> c : classes) {
            request.selectors(selectClass(c));
        }
        LauncherDiscoveryRequest built = request.build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        launcher.execute(built, listener);
        return listener.getSummary();
    }
}
