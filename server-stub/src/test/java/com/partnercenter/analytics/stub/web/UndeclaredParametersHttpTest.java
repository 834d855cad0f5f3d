package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.http.HttpResponse;

import static com.partnercenter.analytics.stub.web.ErrorsAndHeadersHttpTest.assertServiceError;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing is silently ignored: a query parameter the operation does not declare is a 400 naming it and the
 * accepted ones (default {@code stub.unknown-parameters=reject}); headers are not parameters.
 */
class UndeclaredParametersHttpTest extends HttpTestBase {
    private static final String SUBS = "/partner/v1/analytics/subscriptions";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            SUBS + "?$filter=customerMarket%20eq%20'US'          | $filter   | (did you mean 'filter'?)",
            SUBS + "?%24filter=customerMarket%20eq%20'US'        | $filter   | (did you mean 'filter'?)",
            SUBS + "?$top=5                                      | $top      | (did you mean 'top'?)",
            SUBS + "?$skip=5                                     | $skip     | (did you mean 'skip'?)",
            SUBS + "?$groupby=status                             | $groupby  | (did you mean 'groupby'?)",
            SUBS + "?$groupBy=status                             | $groupBy  | (did you mean 'groupby'?)",
            "/partner/v1/analytics/usage/azure?$orderby=meterCategory | $orderby | (did you mean 'orderby'?)",
            SUBS + "?Filter=customerMarket%20eq%20'US'           | Filter    | (did you mean 'filter'?)",
            SUBS + "?colour=red                                  | colour    | parameter 'colour' is not a parameter of listSubscriptions; its parameters are: filter, groupby (also groupBy), aggregationLevel, top, skip.",
            SUBS + "?top=5&colour=red                            | colour    | not a parameter of listSubscriptions",
            "/v1/analytics/licenses/usage?colour=red             | colour    | is not a parameter of listPartnerLicensesUsageInsights, which takes no query parameters.",
            "/v1/analytics/commercial/usage/license?$top=5       | $top      | not a parameter of listLicenseUsage (did you mean 'top'?); its parameters are: filter, groupby (also groupBy), top, skip, processedDateTime.",
    })
    void anUndeclaredParameterIsA400NamingItAndTheAcceptedOnes(String url, String parameter, String message) {
        HttpResponse<String> r = get(url.trim());
        assertServiceError(r, 400, 800002);
        JsonNode body = json(r);
        assertThat(body.get("data")).extracting(JsonNode::asText).containsExactly(parameter.trim());
        assertThat(body.get("description").asText()).startsWith("Invalid request input: ").contains(message.trim());
    }

    @Test
    void aMistypedFilterNoLongerLooksLikeAWorkingOne() {
        HttpResponse<String> r = get(SUBS + "?$filter=customerMarket%20eq%20'US'&$top=5");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).get("description").asText()).doesNotContain("Value");
    }

    @Test
    void declaredParametersAndTheirAliasesStillWork() {
        assertThat(get(SUBS + "?groupBy=subscriptionType").statusCode()).isEqualTo(200);
        assertThat(get(SUBS + "?groupby=subscriptionType&aggregationLevel=week&top=5&skip=0&filter=customerMarket%20eq%20'US'").statusCode())
                .isEqualTo(200);
        assertThat(get("/v1/analytics/commercial/usage/license/?top=1").statusCode()).isEqualTo(200);
    }

    @Test
    void microsoftsJavaSdkRequestsStillWork() {
        String[] sdkHeaders = {"Accept", "application/json", "MS-Contract-Version", "v1",
                "MS-CorrelationId", "6492b9d6-5629-429b-934c-040b1946e760", "MS-RequestId", "25b6edd5-1f53-456b-b48c-c64f60ec2dda",
                "X-Locale", "en-US", "MS-SdkVersion", "1.15.3", "MS-PartnerCenter-Client", "Partner Center Java SDK",
                "x-ms-client-request-id", "0f8fad5b-d9cb-469f-a165-70867728950e", "User-Agent", "Java/17"};
        assertThat(get("/v1/analytics/licenses/deployment", sdkHeaders).statusCode()).isEqualTo(200);
        assertThat(get("/v1/analytics/licenses/usage", sdkHeaders).statusCode()).isEqualTo(200);
    }
}
