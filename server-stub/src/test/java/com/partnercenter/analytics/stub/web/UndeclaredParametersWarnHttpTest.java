package com.partnercenter.analytics.stub.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code stub.unknown-parameters=warn}: an undeclared parameter is served without it and logged as a warning. */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "stub.unknown-parameters=warn")
class UndeclaredParametersWarnHttpTest extends HttpTestBase {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";

    @Test
    void anUndeclaredParameterIsServedAndLogged(CapturedOutput output) {
        HttpResponse<String> plain = get(SUBS + "?top=3");
        HttpResponse<String> r = get(SUBS + "?top=3&colour=red");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).get("TotalCount")).isEqualTo(json(plain).get("TotalCount"));
        assertThat(output.getOut() + output.getErr()).contains("WARN")
                .contains("parameter 'colour' is not a parameter of listSubscriptions");
    }

    @Test
    void theSuggestionIsInTheWarning(CapturedOutput output) {
        assertThat(get(SUBS + "?$top=5").statusCode()).isEqualTo(200);
        assertThat(output.getOut() + output.getErr()).contains("parameter '$top' is not a parameter of listSubscriptions (did you mean 'top'?)");
    }

    @Test
    void aDocumentedParameterOfAnotherOperationIsStillA400() {
        assertThat(get(SUBS + "?orderby=id").statusCode()).isEqualTo(400);
    }
}
