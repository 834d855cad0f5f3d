package com.partnercenter.analytics.stub.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@link StubLifecycle#PER_RUN} stubs of this JVM. A test class leases one with its settings: an idle one if there
 * is one (no start), otherwise a new one; classes running at the same time never share one, so one class's faults and
 * journal never reach another. Every stub is closed when the test run ends.
 */
final class StubPool implements AutoCloseable {
    private final List<RunningStub> idle = new ArrayList<>();
    private final List<RunningStub> all = new ArrayList<>();

    RunningStub lease(StubSettings settings) {
        synchronized (this) {
            for (RunningStub stub : idle) {
                if (stub.settings.equals(settings)) {
                    idle.remove(stub);
                    return stub;
                }
            }
        }
        RunningStub started = RunningStub.start(settings); // outside the lock: parallel classes start in parallel
        synchronized (this) {
            all.add(started);
        }
        return started;
    }

    synchronized void release(RunningStub stub) {
        stub.reset();
        idle.add(stub);
    }

    @Override
    public synchronized void close() {
        for (RunningStub stub : all) {
            stub.close();
        }
        all.clear();
        idle.clear();
    }
}
