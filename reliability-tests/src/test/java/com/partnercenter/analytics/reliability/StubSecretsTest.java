package com.partnercenter.analytics.reliability;

import com.partnercenter.analytics.reliability.support.Exchange;
import com.partnercenter.analytics.reliability.support.LogCapture;
import com.partnercenter.analytics.reliability.support.StubHttp;
import com.partnercenter.analytics.reliability.support.StubServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets, the stub's half (issue 6, item 6): with every logger of the stub's process at TRACE (Spring, Tomcat through
 * java.util.logging, the stub's own), a mix of requests carrying the bearer token (successes, every error status,
 * malformed and app-only tokens, faults) leaves no trace of the token in any log line, and no answer echoes it.
 * (A token a client puts into other headers or the query is data, not a credential, and is not masked.)
 */
@ExtendWith(StubServer.class)
class StubSecretsTest {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";
    private static final String SIGNATURE = StubHttp.TOKEN.substring(StubHttp.TOKEN.lastIndexOf('.') + 1);

    @Test
    void theTokenAppearsInNoStubLogLineAtTraceAndInNoAnswer() {
        StubHttp http = new StubHttp(StubServer.baseUrl());
        List<String> auth = List.of("Authorization: " + StubHttp.BEARER);
        List<Exchange> answers = new ArrayList<>();
        List<String> lines;
        try (LogCapture logs = LogCapture.start()) {
            answers.add(http.get(SUBS + "?top=2"));
            answers.add(http.get(SUBS + "?filter=colour%20eq%20'red'"));
            answers.add(http.get("/partner/v1/analytics/nothing-here"));
            answers.add(http.get(SUBS + "?top=1", "Accept", "application/xml"));
            answers.add(http.raw("POST", SUBS, auth, "{}".getBytes(StandardCharsets.UTF_8)));
            answers.add(http.raw("GET", SUBS, auth, "{\"token\":\"x\"}".getBytes(StandardCharsets.UTF_8)));
            answers.add(http.raw("GET", SUBS + "?filter=customerMarket eq 'US'", auth, null));
            answers.add(http.raw("GET", SUBS, List.of("Authorization: Bearer " + StubHttp.TOKEN + " trailing"), null));
            answers.add(http.raw("GET", SUBS, List.of("Authorization: " + StubHttp.TOKEN), null));
            answers.add(http.raw("GET", SUBS, List.of("Authorization: Bearer " + appOnlyToken()), null));
            answers.add(http.get(SUBS + "?top=1", "X-Stub-Fault", "status=429, retry-after=1"));
            answers.add(http.get(SUBS + "?top=1", "X-Stub-Fault", "status=500"));
            // the test's own HTTP client (jdk.internal.httpclient) logs what it sends: that is not the stub
            lines = logs.lines(logger -> !logger.startsWith("jdk."));
        }

        assertThat(answers).extracting(Exchange::status).contains(200, 400, 401, 403, 404, 405, 406, 429, 500);
        assertThat(lines).as("the capture works: the stub logged at TRACE").isNotEmpty();
        assertThat(lines.stream().filter(l -> l.contains(StubHttp.TOKEN) || l.contains(SIGNATURE)).toList())
                .as("stub log lines with the token").isEmpty();
        assertThat(lines).as("Tomcat and Spring logged at TRACE too").anyMatch(l -> l.startsWith("org.apache"))
                .anyMatch(l -> l.startsWith("org.springframework"));
        for (Exchange e : answers) {
            assertThat(e.body()).as(e.describe()).doesNotContain(SIGNATURE);
            assertThat(e.headers().toString()).as("headers of " + e.describe()).doesNotContain(SIGNATURE);
        }
    }

    private static String appOnlyToken() {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"idtyp\":\"app\"}".getBytes(StandardCharsets.UTF_8)) + "." + SIGNATURE;
    }
}
