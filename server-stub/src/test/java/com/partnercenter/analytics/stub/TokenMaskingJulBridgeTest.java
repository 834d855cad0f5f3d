package com.partnercenter.analytics.stub;

import org.junit.jupiter.api.Test;

import java.util.logging.Level;
import java.util.logging.LogRecord;

import static org.assertj.core.api.Assertions.assertThat;

class TokenMaskingJulBridgeTest {
    private static final String TOKEN = "eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    @Test
    void tomcatsRequestHeadAtDebugHasTheAuthorizationValueMasked() {
        String head = "Received [GET /partner/v1/analytics/subscriptions?top=1 HTTP/1.1\r\n"
                + "Authorization: Bearer " + TOKEN + "\r\nHost: localhost\r\n\r\n]";

        assertThat(TokenMaskingJulBridge.mask(head)).doesNotContain(TOKEN).contains("Authorization: <redacted>\r\nHost: localhost");
    }

    @Test
    void bearerTokensInMessagesAndParametersAreMaskedBeforeTheRecordIsPassedOn() {
        LogRecord record = new LogRecord(Level.FINE, "header {0} and bearer " + TOKEN + " end");
        record.setParameters(new Object[]{"Bearer " + TOKEN, 42});
        record.setLoggerName("org.apache.coyote.http11.Http11InputBuffer");

        new TokenMaskingJulBridge().publish(record);

        assertThat(record.getMessage()).isEqualTo("header {0} and Bearer <redacted> end");
        assertThat(record.getParameters()).containsExactly("Bearer <redacted>", 42);
        assertThat(TokenMaskingJulBridge.mask("no secrets here")).isEqualTo("no secrets here");
    }
}
