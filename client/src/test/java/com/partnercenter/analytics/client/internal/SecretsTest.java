package com.partnercenter.analytics.client.internal;

import feign.Request;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {
    private static final String TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl";

    private static Request requestWith(String authorization) {
        Map<String, Collection<String>> headers = Map.of("Authorization", List.of(authorization));
        return Request.create(Request.HttpMethod.GET, "http://localhost/x", headers, null, StandardCharsets.UTF_8, null);
    }

    @Test
    void theTokenSentIsMaskedWhereverItAppearsAndAnyBearerTextToo() {
        Request request = requestWith("Bearer " + TOKEN);

        assertThat(Secrets.redact("token=" + TOKEN + "; Authorization: Bearer " + TOKEN + ", other: bearer abc.def", request))
                .isEqualTo("token=<redacted>; Authorization: Bearer <redacted>, other: Bearer <redacted>");
    }

    @Test
    void aShortTokenIsNotMaskedByValueSoOrdinaryTextSurvives() {
        assertThat(Secrets.tokensOf(requestWith("Bearer t"))).isEmpty();
        assertThat(Secrets.redact("the total", requestWith("Bearer t"))).isEqualTo("the total");
    }

    @Test
    void nullTextAndARequestWithoutAuthorizationAreHandled() {
        assertThat(Secrets.redact(null, requestWith("Bearer " + TOKEN))).isNull();
        assertThat(Secrets.tokensOf(null)).isEmpty();
    }
}
