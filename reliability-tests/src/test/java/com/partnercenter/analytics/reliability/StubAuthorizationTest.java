package com.partnercenter.analytics.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.partnercenter.analytics.reliability.support.Exchange;
import com.partnercenter.analytics.reliability.support.SpecContract;
import com.partnercenter.analytics.reliability.support.StubHttp;
import com.partnercenter.analytics.reliability.support.StubServer;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.OperationDescriptor;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Authorization (issue 6, item 7): every operation of the spec answers 401 without a token or with a malformed
 * {@code Authorization} header, in the service's error shape (validated against the operation's documented 401),
 * with {@code WWW-Authenticate: Bearer ...}, before looking at anything else of the request.
 */
@ExtendWith(StubServer.class)
class StubAuthorizationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Header lines; an empty list sends no Authorization at all. */
    static List<List<String>> malformedAuthorizations() {
        return List.of(
                List.of(),
                List.of("Authorization: "),
                List.of("Authorization: Bearer"),
                List.of("Authorization: Bearer "),
                List.of("Authorization: Basic dXNlcjpwYXNzd29yZA=="),
                List.of("Authorization: " + StubHttp.TOKEN),
                List.of("Authorization: Token " + StubHttp.TOKEN),
                List.of("Authorization: Bearer two parts"),
                List.of("Authorization: Bearer tok<en>"),
                List.of("Authorization: Bearer t\u00f6ken"),
                List.of("Authorization: Bearer=" + StubHttp.TOKEN),
                List.of("X-Authorization: " + StubHttp.BEARER));
    }

    static Stream<Arguments> everyOperationWithEveryMalformedHeader() {
        List<Arguments> rows = new ArrayList<>();
        for (OperationDescriptor op : AnalyticsSpec.bundled().operations().values()) {
            for (List<String> headers : malformedAuthorizations()) {
                rows.add(Arguments.of(op.operationId(), headers));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("everyOperationWithEveryMalformedHeader")
    void everyOperationAnswers401InTheServiceShape(String operationId, List<String> headers) throws Exception {
        OperationDescriptor op = AnalyticsSpec.bundled().operation(operationId).orElseThrow();
        // a bad query too: the token is checked first, so the answer is still 401
        String target = op.path().replace("{customer-id}", "not-a-guid") + (op.queryParameters().isEmpty() ? "" : "?top=0");

        Exchange e = new StubHttp(StubServer.baseUrl()).raw("GET", target, headers, null);

        assertThat(e.status()).as(e.describe()).isEqualTo(401);
        assertThat(new SpecContract(AnalyticsSpec.bundled()).problems(op, e)).as(e.describe()).isEmpty();
        assertThat(e.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer "));
        assertThat(JSON.readTree(e.body()).path("code").asInt()).isEqualTo(800001);
        assertThat(JSON.readTree(e.body()).path("description").asText()).contains("Partner Token missing");
        assertThat(JSON.readTree(e.body()).path("data").get(0).asText()).isEqualTo("Authorization");
    }
}
