package com.partnercenter.analytics.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.partnercenter.analytics.client.generated.api.SubscriptionsApi;
import com.partnercenter.analytics.client.generated.model.ApiResponse;
import com.partnercenter.analytics.client.generated.model.SubscriptionPage;
import com.partnercenter.analytics.client.internal.BearerTokenInterceptor;
import com.partnercenter.analytics.client.internal.ErrorResponseDecoder;
import com.partnercenter.analytics.client.internal.TolerantDecoder;
import com.partnercenter.analytics.client.internal.TolerantJson;
import com.partnercenter.analytics.spec.WireDateTimes;
import feign.Client;
import feign.Feign;
import feign.Response;
import feign.Retryer;
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

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Decoding one page of subscriptions (10,000 rows by default, as the stub writes them) into the generated
 * {@code SubscriptionPage}:
 * <ul>
 *   <li>{@code rawJackson}: a plain Jackson {@code readValue} of the bytes into the generated classes, with what a
 *       hand-written reader needs and no more: {@code JavaTimeModule}, unknown properties ignored, and one JDK
 *       {@code DateTimeFormatter} (ISO local date-time, optional offset, UTC by default) for the date-times,
 *       because {@code JavaTimeModule} alone rejects the service's zone-less {@code 2016-02-04T19:29:38.037};</li>
 *   <li>{@code rawTolerantMapper}: {@code readValue} with the client's configured mapper (tolerant dates included),
 *       no Feign;</li>
 *   <li>{@code rawSpecDateParser}: {@code readValue} with the client's mapper as it was before its date fast path,
 *       i.e. every date-time read by the spec module's {@code WireDateTimes.parse} (kept to show what the fast path
 *       changed, in the same run);</li>
 *   <li>{@code generatedClient}: the generated Feign interface, called as the client facade calls it
 *       ({@code listSubscriptionsWithHttpInfo}, the client's interceptor, decoder and error decoder), over an
 *       in-memory transport that answers with the same bytes: request building, Feign, the tolerant decoder, Jackson
 *       and the wire-date parser, no network.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ClientDecodeBenchmark {
    @Param({"10000"})
    public int rows;

    private byte[] body;
    private ObjectMapper plain;
    private ObjectMapper specDates;
    private SubscriptionsApi api;

    @Setup
    public void setUp() {
        body = Fixtures.subscriptionPage(rows);
        plain = plainMapper();
        specDates = specDateMapper();
        Map<String, Collection<String>> headers = Map.of("Content-Type", List.of("application/json; charset=utf-8"));
        Client inMemory = (request, options) -> Response.builder().status(200).reason("OK").request(request)
                .headers(headers).body(body).build();
        api = Feign.builder()
                .client(inMemory)
                .decoder(new TolerantDecoder(TolerantJson.mapper()))
                .errorDecoder(new ErrorResponseDecoder(TolerantJson.mapper()))
                .retryer(Retryer.NEVER_RETRY)
                .requestInterceptor(new BearerTokenInterceptor(() -> "benchmark-token"))
                .target(SubscriptionsApi.class, "http://in-memory.invalid");
        // check that all three read the same rows
        int a = rawJackson().getValue().size();
        int b = rawTolerantMapper().getValue().size();
        int c = generatedClient().getValue().size();
        int d = rawSpecDateParser().getValue().size();
        if (a != rows || b != rows || c != rows || d != rows) {
            throw new IllegalStateException("decoded " + a + "/" + b + "/" + c + "/" + d + " rows, expected " + rows);
        }
        if (!rawJackson().equals(generatedClient()) || !rawSpecDateParser().equals(generatedClient())) {
            throw new IllegalStateException("the readers decoded different values");
        }
    }

    /** ISO local date-time with an optional offset, UTC when it has none: the JDK's own parser. */
    static final DateTimeFormatter LOCAL_OR_OFFSET = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .parseDefaulting(ChronoField.OFFSET_SECONDS, 0)
            .toFormatter();

    /** Jackson with JavaTimeModule, unknown properties ignored, and the JDK formatter above for OffsetDateTime. */
    static ObjectMapper plainMapper() {
        SimpleModule dates = new SimpleModule("jdk-dates");
        dates.addDeserializer(OffsetDateTime.class, new StdScalarDeserializer<OffsetDateTime>(OffsetDateTime.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                return OffsetDateTime.parse(p.getText(), LOCAL_OR_OFFSET);
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The client's mapper settings with every date-time read by {@code WireDateTimes.parse} (the client before its fast path). */
    static ObjectMapper specDateMapper() {
        SimpleModule dates = new SimpleModule("spec-dates");
        dates.addDeserializer(OffsetDateTime.class, new StdScalarDeserializer<OffsetDateTime>(OffsetDateTime.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public OffsetDateTime deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getText();
                return text == null || text.isBlank() ? null : WireDateTimes.parse(text).orElseThrow();
            }
        });
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(dates)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
    }

    /** The page's size in bytes. */
    public int bodySize() {
        return body.length;
    }

    @Benchmark
    public SubscriptionPage rawJackson() {
        try {
            return plain.readValue(body, SubscriptionPage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public SubscriptionPage rawTolerantMapper() {
        try {
            return TolerantJson.mapper().readValue(body, SubscriptionPage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public SubscriptionPage rawSpecDateParser() {
        try {
            return specDates.readValue(body, SubscriptionPage.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Benchmark
    public SubscriptionPage generatedClient() {
        SubscriptionsApi.ListSubscriptionsQueryParams query = new SubscriptionsApi.ListSubscriptionsQueryParams();
        query.put("top", Integer.toString(rows));
        ApiResponse<SubscriptionPage> response = api.listSubscriptionsWithHttpInfo(UUID.randomUUID(), UUID.randomUUID(),
                "v1", "en-US", "pc-analytics-benchmarks", null, query);
        return response.getData();
    }
}
