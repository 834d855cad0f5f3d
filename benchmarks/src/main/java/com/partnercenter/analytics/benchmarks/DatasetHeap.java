package com.partnercenter.analytics.benchmarks;

import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Heap held by the stub's data: for each size, the subscription table alone (what the query benchmarks scan),
 * and optionally the whole dataset the stub holds at a scale ({@code --stub.data.scale}). Measured as the heap in
 * use after full collections, with the data held, minus the same before it was generated.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar com.partnercenter.analytics.benchmarks.DatasetHeap 100000 1000000 scale=50
 * </pre>
 */
public final class DatasetHeap {
    private DatasetHeap() {
    }

    public static void main(String[] args) {
        List<String> sizes = args.length == 0 ? List.of("100000", "250000", "500000", "1000000") : List.of(args);
        for (String arg : sizes) {
            System.out.println(measure(arg));
        }
    }

    /** One line: what was measured and the heap it holds. */
    public static String measure(String arg) {
        Fixtures.spec();
        long before = Fixtures.usedHeapAfterGc();
        List<Object> held = new ArrayList<>();
        String what;
        int rows;
        if (arg.startsWith("scale=")) {
            double scale = Double.parseDouble(arg.substring("scale=".length()));
            Dataset dataset = Fixtures.generate(DatasetSettings.scaled(Fixtures.SEED, scale));
            dataset.insights();
            held.add(dataset);
            rows = dataset.table("Subscription").orElseThrow().size();
            what = "whole stub dataset at --stub.data.scale=" + arg.substring("scale=".length()) + " (" + dataset.description() + ")";
        } else {
            Table table = Fixtures.subscriptionTable(Integer.parseInt(arg));
            held.add(table);
            rows = table.size();
            what = "Subscription table, " + String.format("%,d", rows) + " rows";
        }
        long after = Fixtures.usedHeapAfterGc();
        long bytes = after - before;
        String line = String.format("heap: %s: %,.1f MiB (%,.0f bytes/subscription)", what, bytes / 1048576.0, bytes / (double) rows);
        held.clear();
        return line;
    }
}
