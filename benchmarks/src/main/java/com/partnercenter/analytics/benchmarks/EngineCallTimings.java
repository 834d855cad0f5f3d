package com.partnercenter.analytics.benchmarks;

import java.util.Arrays;

/**
 * The engine's three {@link QueryEngineBenchmark} queries timed call by call in one JVM, for side-by-side comparisons
 * of two builds of the engine where JMH's per-fork spread is wider than the difference looked for (docs/benchmarks.md
 * section 7: the same jar's {@code contains} fork medians fall near 3 ms or near 8 ms). It calls the benchmark's own
 * {@code @Setup} and {@code @Benchmark} methods, so an older build's benchmark jar placed first on the class path
 * supplies the engine and the queries, and this class only times them: {@code calls} warm-up calls, then
 * {@code calls} timed ones; prints the median, the 10th percentile and the fastest.
 *
 * <pre>java -XX:+UseParallelGC -Xms3g -Xmx3g -cp OLD/benchmarks.jar:benchmarks/target/classes \
 *     com.partnercenter.analytics.benchmarks.EngineCallTimings 1000000 contains 1500</pre>
 */
public final class EngineCallTimings {
    /** Each result is kept here, so the JIT cannot drop a call whose result is unused. */
    private static volatile Object last;

    private EngineCallTimings() {
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: EngineCallTimings <rows> <twoPredicates|contains|groupBy> <calls>");
            System.exit(2);
        }
        QueryEngineBenchmark benchmark = new QueryEngineBenchmark();
        benchmark.rows = Integer.parseInt(args[0]);
        benchmark.setUp();
        String query = args[1];
        int calls = Integer.parseInt(args[2]);
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            last = call(benchmark, query);
        }
        for (int i = 0; i < calls; i++) {
            long started = System.nanoTime();
            last = call(benchmark, query);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        System.out.printf("%s rows=%s calls=%d median %.3f ms  p10 %.3f ms  min %.3f ms%n", query, args[0], calls,
                nanos[calls / 2] / 1e6, nanos[calls / 10] / 1e6, nanos[0] / 1e6);
    }

    private static Object call(QueryEngineBenchmark benchmark, String query) {
        return switch (query) {
            case "twoPredicates" -> benchmark.filterTwoPredicatesTop100();
            case "contains" -> benchmark.filterContainsTop100();
            case "groupBy" -> benchmark.groupByTwoFieldsMonth();
            default -> throw new IllegalArgumentException("no query '" + query + "': twoPredicates, contains or groupBy");
        };
    }
}
