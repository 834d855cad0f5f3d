package com.partnercenter.analytics.reliability;

import com.partnercenter.analytics.reliability.support.Exchange;
import com.partnercenter.analytics.reliability.support.RequestFuzzer;
import com.partnercenter.analytics.reliability.support.RequestFuzzer.FuzzRequest;
import com.partnercenter.analytics.reliability.support.StubHttp;
import com.partnercenter.analytics.reliability.support.StubServer;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrency (issue 6, item 4): 16 threads each issue the same 1,000 mixed requests (valid queries, invalid values,
 * malformed filters, bad tokens, odd headers and paths; from the fuzzer, seed {@value #SEED}), each thread in its own
 * order, at the same time; every answer (status and body) equals the one a single thread got for that request.
 */
@ExtendWith(StubServer.class)
class StubConcurrencyTest {
    static final long SEED = 4242L;
    static final int THREADS = 16;
    static final int REQUESTS = 1000;

    record Answer(int status, String body) {
        static Answer of(Exchange e) {
            return new Answer(e.status(), e.body());
        }
    }

    @Test
    void sixteenThreadsGetExactlyTheAnswersASingleThreadGets() throws Exception {
        StubHttp http = new StubHttp(StubServer.baseUrl());
        AnalyticsSpec spec = AnalyticsSpec.bundled();
        RequestFuzzer fuzzer = new RequestFuzzer(spec, SEED, StubFuzzTest.sampleRows(spec, http), StubFuzzTest.knownCustomer(http));
        List<RequestFuzzer.Kind> kinds = List.of(RequestFuzzer.Kind.VALID_QUERY, RequestFuzzer.Kind.VALID_QUERY,
                RequestFuzzer.Kind.INVALID_PARAMETER, RequestFuzzer.Kind.MALFORMED_FILTER, RequestFuzzer.Kind.TOKEN,
                RequestFuzzer.Kind.HEADER, RequestFuzzer.Kind.PATH, RequestFuzzer.Kind.WRONG_METHOD);
        List<FuzzRequest> requests = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            requests.add(fuzzer.generate(fuzzer.operations().get(i % fuzzer.operations().size()), kinds.get(i % kinds.size())));
        }

        List<Answer> expected = new ArrayList<>();
        for (FuzzRequest r : requests) {
            expected.add(Answer.of(StubFuzzTest.send(http, r)));
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<List<String>>> threads = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                long order = t;
                threads.add(pool.submit(() -> {
                    List<Integer> indexes = new ArrayList<>();
                    for (int i = 0; i < REQUESTS; i++) {
                        indexes.add(i);
                    }
                    Collections.shuffle(indexes, new Random(order));
                    List<String> differences = new ArrayList<>();
                    for (int i : indexes) {
                        Answer got = Answer.of(StubFuzzTest.send(http, requests.get(i)));
                        if (!got.equals(expected.get(i))) {
                            differences.add("request " + i + " " + requests.get(i).target() + ": single thread " + expected.get(i).status()
                                    + ", concurrent " + got.status() + (got.status() == expected.get(i).status() ? " (bodies differ)" : ""));
                        }
                    }
                    return differences;
                }));
            }
            List<String> differences = new ArrayList<>();
            for (Future<List<String>> f : threads) {
                differences.addAll(f.get(5, TimeUnit.MINUTES));
            }

            assertThat(expected).extracting(Answer::status).contains(200, 400, 401, 404, 405);
            assertThat(differences).as("answers that differ from the single thread's").isEmpty();
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
    }
}
