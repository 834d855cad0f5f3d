package com.partnercenter.analytics.benchmarks;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.stub.StubApplication;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Streams every subscription of a stub holding {@code rows} of them through the client's paging iterator
 * ({@code client.subscriptions().listAll(AnalyticsQuery.all()).stream()}, 10,000 rows a page, following
 * {@code @nextLink}) over loopback HTTP. One operation is the whole stream.
 *
 * <p>By default the stub runs in this JVM ({@code --stub.data.subscriptions=rows}, 127.0.0.1, a free port). With
 * {@code -p stubUrl=http://127.0.0.1:PORT} it streams from a stub started separately (its own JVM, as the load
 * script does), which must hold exactly {@code rows} subscriptions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClientStreamBenchmark {
    @Param({"100000"})
    public int rows;

    /** Empty: start the stub in this JVM. */
    @Param({""})
    public String stubUrl;

    private ConfigurableApplicationContext stub;
    private PartnerCenterAnalyticsClient client;

    @Setup
    public void setUp() {
        String base = stubUrl;
        if (base == null || base.isBlank()) {
            stub = SpringApplication.run(StubApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                    "--stub.data.subscriptions=" + rows, "--stub.data.customers=" + Math.max(1, rows / 10),
                    "--stub.data.azure-usage=0", "--stub.data.searches=0", "--stub.data.referrals=0",
                    "--logging.level.com.partnercenter.analytics.stub=WARN",
                    "--logging.level.org.springframework.boot.web.embedded.tomcat.TomcatWebServer=WARN");
            base = "http://127.0.0.1:" + ((WebServerApplicationContext) stub).getWebServer().getPort();
        }
        client = PartnerCenterAnalyticsClient.builder()
                .baseUrl(base)
                .tokenSupplier(() -> "benchmark-token")
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(120))
                .build();
        long n = streamAll();
        // a generated stub also holds the documentation's example subscriptions (server-stub/README.md)
        long expected = rows + com.partnercenter.analytics.stub.data.DocumentedEntities
                .rows(com.partnercenter.analytics.spec.AnalyticsSpec.bundled()).get("Subscription").size();
        if (n != expected) {
            throw new IllegalStateException("streamed " + n + " rows, the stub holds " + expected + " (" + rows
                    + " generated and the documented ones; -p rows must match the stub)");
        }
    }

    @TearDown
    public void tearDown() {
        if (client != null) {
            client.close();
        }
        if (stub != null) {
            stub.close();
        }
    }

    @Benchmark
    public long streamAll() {
        return client.subscriptions().listAll(AnalyticsQuery.all()).stream().count();
    }
}
