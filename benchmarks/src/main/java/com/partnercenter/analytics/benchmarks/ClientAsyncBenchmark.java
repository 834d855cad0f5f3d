package com.partnercenter.analytics.benchmarks;

import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.RetryPolicy;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.sun.net.httpserver.HttpServer;
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

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The async path's overhead over the sync one: one page of {@code rows} subscriptions (10,000 by default, the
 * stub's own bytes, about 5 MB) fetched and decoded by {@code client.subscriptions().list(q)} (OkHttp, the calling
 * thread blocks) and by {@code client.async().subscriptions().list(q).join()} (the JDK's non-blocking client, read
 * and decoded on the async completion threads, the benchmark thread waiting on the future). The same loopback
 * server (the JDK's {@code HttpServer}, the page held in memory) answers both, so the difference is the transport
 * and the future plumbing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClientAsyncBenchmark {
    @Param({"10000"})
    public int rows;

    private HttpServer server;
    private ExecutorService serverThreads;
    private PartnerCenterAnalyticsClient client;

    @Setup
    public void setUp() throws IOException {
        byte[] body = Fixtures.subscriptionPage(rows);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        serverThreads = Executors.newFixedThreadPool(2);
        server.setExecutor(serverThreads);
        server.createContext(Fixtures.spec().operation("listSubscriptions").orElseThrow().path(), exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        client = PartnerCenterAnalyticsClient.builder()
                .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
                .tokenSupplier(() -> "benchmark-token")
                .retryPolicy(RetryPolicy.none())
                .readTimeout(Duration.ofSeconds(60))
                .build();
        int a = sync().items().size();
        int b = async().items().size();
        if (a != rows || b != rows || !sync().items().equals(async().items())) {
            throw new IllegalStateException("sync read " + a + " rows, async " + b + ", expected " + rows + " equal rows");
        }
    }

    @TearDown
    public void tearDown() {
        client.close();
        server.stop(0);
        serverThreads.shutdownNow();
    }

    @Benchmark
    public Page<Subscription> sync() {
        return client.subscriptions().list(AnalyticsQuery.all());
    }

    @Benchmark
    public Page<Subscription> async() {
        return client.async().subscriptions().list(AnalyticsQuery.all()).join();
    }
}
