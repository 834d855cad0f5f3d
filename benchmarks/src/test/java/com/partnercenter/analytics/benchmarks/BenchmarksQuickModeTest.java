package com.partnercenter.analytics.benchmarks;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.Collection;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Quick mode: every benchmark runs once, in this JVM, on small inputs, so the benchmarks keep compiling and
 * running with the test command. It checks that each produced a result; it asserts no times (figures come from
 * the real runs, docs/benchmarks.md).
 */
class BenchmarksQuickModeTest {

    private static Collection<RunResult> quick(Class<?> benchmark, int benchmarkMethods, String... params) throws RunnerException {
        OptionsBuilder options = new OptionsBuilder();
        options.include(benchmark.getName() + "\\.")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(200))
                .shouldFailOnError(true);
        for (int i = 0; i < params.length; i += 2) {
            options.param(params[i], params[i + 1]);
        }
        Options built = options.build();
        Collection<RunResult> results = new Runner(built).run();
        assertEquals(benchmarkMethods, results.size(), "one result per benchmark method");
        for (RunResult r : results) {
            assertTrue(r.getPrimaryResult().getSampleCount() > 0, "no samples: " + r.getParams().getBenchmark());
        }
        return results;
    }

    @Test
    void queryEngine() throws RunnerException {
        quick(QueryEngineBenchmark.class, 3, "rows", "20000");
    }

    @Test
    void clientDecode() throws RunnerException {
        quick(ClientDecodeBenchmark.class, 4, "rows", "1000");
    }

    @Test
    void clientStream() throws RunnerException {
        quick(ClientStreamBenchmark.class, 1, "rows", "12000");
    }

    @Test
    void clientAsync() throws RunnerException {
        quick(ClientAsyncBenchmark.class, 2, "rows", "1000");
    }

    @Test
    void extensionStartup() throws Exception {
        // one fresh JVM each, a small dataset: the harness runs end to end (figures: docs/benchmarks.md)
        String extension = ExtensionStartup.child("extension", "0.02", List.of());
        assertTrue(extension.matches("extension_first_start=[0-9.]+ extension_first_answer=[0-9.]+ extension_every_table_answering=[0-9.]+"
                + " jvm_start_to_first_test=[0-9]+ extension_reused_start=[0-9.]+ junit_plain_class_start=[0-9.]+"), extension);
        String wiremock = ExtensionStartup.child("wiremock", "0.02", List.of("-XX:TieredStopAtLevel=1"));
        assertTrue(wiremock.matches("wiremock_new_and_start=[0-9.]+"), wiremock);
        String floor = ExtensionStartup.child("springboot", "0.02", List.of());
        assertTrue(floor.matches("empty_spring_boot_app_start=[0-9.]+ empty_spring_boot_app_first_answer=[0-9.]+"), floor);
    }

    @Test
    void engineCallTimings() {
        // the three queries, a few calls each over a small table: the harness runs end to end
        for (String query : List.of("twoPredicates", "contains", "groupBy")) {
            EngineCallTimings.main(new String[]{"2000", query, "3"});
        }
    }

    @Test
    void datasetHeap() {
        String line = DatasetHeap.measure("20000");
        System.out.println(line);
        assertTrue(line.startsWith("heap: Subscription table, 20,000 rows"), line);
    }
}
