package com.partnercenter.analytics.benchmarks;

import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.Query;
import com.partnercenter.analytics.stub.engine.QueryEngine;
import com.partnercenter.analytics.stub.engine.QueryResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The stub's query engine over N subscriptions in memory, as a request runs it: the filter text parsed and checked
 * against the spec's capability matrix, compiled to a predicate over the columns, every row scanned (TotalCount
 * counts all matches), then the page cut. Sample mode, so JMH prints the median (p0.50) of single calls.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class QueryEngineBenchmark {
    /** Filter with two predicates, {@code top=100}. */
    public static final String TWO_PREDICATES = "customerMarket eq 'US' and autoRenewEnabled eq true";
    /** Substring filter, {@code top=100}. */
    public static final String CONTAINS = "contains(customerName,'Contoso')";
    /** Grouped by two fields, dates cut into months, over every row. */
    public static final String GROUP_BY = "creationDate,subscriptionType";

    @Param({"100000", "250000", "500000", "1000000"})
    public int rows;

    private Table table;
    private QueryCapabilities capabilities;
    private QueryValidator validator;

    @Setup
    public void setUp() {
        table = Fixtures.subscriptionTable(rows);
        capabilities = Fixtures.spec().queryCapabilities("listSubscriptions");
        validator = new QueryValidator(capabilities);
    }

    @Benchmark
    public QueryResult filterTwoPredicatesTop100() {
        return filter(TWO_PREDICATES, 100);
    }

    @Benchmark
    public QueryResult filterContainsTop100() {
        return filter(CONTAINS, 100);
    }

    @Benchmark
    public QueryResult groupByTwoFieldsMonth() {
        List<FieldCapability> groups = validator.groupBy(GROUP_BY);
        AggregationLevel level = validator.aggregationLevel("month");
        return QueryEngine.run(table, capabilities, new Query(null, groups, level, List.of(), 10_000, 0));
    }

    private QueryResult filter(String text, int top) {
        return QueryEngine.run(table, capabilities, new Query(validator.filter(text), List.of(), AggregationLevel.DAY, List.of(), top, 0));
    }
}
