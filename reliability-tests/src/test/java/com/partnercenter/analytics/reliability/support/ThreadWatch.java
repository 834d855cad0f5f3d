package com.partnercenter.analytics.reliability.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * "No thread is left hanging": a snapshot of the live threads before a case, and after it the check that no thread is
 * still inside a call (a stack frame in Feign's method handler, the client's retry loop or an OkHttp call) and that
 * no non-daemon thread was added, other than the fault server's own pool. Threads get a short grace period to end.
 */
public final class ThreadWatch {
    /** Frames that only a thread busy with a client call has. */
    private static final List<String> CALL_FRAMES = List.of(
            "feign.SynchronousMethodHandler",
            "com.partnercenter.analytics.client.internal.CallExecutor",
            "okhttp3.internal.connection.RealCall");

    private final Set<Thread> before;

    private ThreadWatch(Set<Thread> before) {
        this.before = before;
    }

    /** Takes the snapshot. */
    public static ThreadWatch start() {
        return new ThreadWatch(Thread.getAllStackTraces().keySet());
    }

    /**
     * The threads still inside a client call or added and non-daemon, after waiting up to {@code grace} for them to
     * end; empty when nothing hangs. {@code ignoredPrefixes} names the test servers' own thread pools.
     */
    public List<String> leftovers(Duration grace, String... ignoredPrefixes) {
        long deadline = System.nanoTime() + grace.toNanos();
        List<String> found;
        do {
            found = scan(ignoredPrefixes);
            if (found.isEmpty()) {
                return found;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return found;
            }
        } while (System.nanoTime() < deadline);
        return found;
    }

    private List<String> scan(String[] ignoredPrefixes) {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Thread t = e.getKey();
            if (t == Thread.currentThread() || !t.isAlive()) {
                continue;
            }
            boolean inCall = Arrays.stream(e.getValue())
                    .anyMatch(f -> CALL_FRAMES.stream().anyMatch(c -> f.getClassName().startsWith(c)));
            boolean ignored = Arrays.stream(ignoredPrefixes).anyMatch(p -> t.getName().startsWith(p));
            boolean addedNonDaemon = !before.contains(t) && !t.isDaemon() && !ignored;
            if (inCall || addedNonDaemon) {
                found.add(t.getName() + (t.isDaemon() ? " (daemon)" : "") + (inCall ? " in a client call" : " added")
                        + " at " + Arrays.stream(e.getValue()).limit(6).map(String::valueOf)
                        .collect(Collectors.joining(" < ")));
            }
        }
        return found;
    }
}
