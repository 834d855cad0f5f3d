package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.error.InvalidResponseException;
import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.IndirectReseller;
import com.partnercenter.analytics.client.generated.model.SearchAnalytics;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.support.SpecExamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The client reads what the service really sends, not only what the documentation promises. */
class TolerantReadingTest extends WireMockClientTest {
    private static final String SUBSCRIPTIONS = "/partner/v1/analytics/subscriptions";

    private Subscription oneSubscription(String rowJson) {
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okForContentType("application/json",
                "{\"Value\":[" + rowJson + "],\"@nextLink\":null,\"TotalCount\":1}")));
        return client.subscriptions().list().items().get(0);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // without offset (UTC implied), 0 to 7 fractional digits
            "2016-02-04T19:29:38,           2016-02-04T19:29:38Z",
            "2016-02-04T19:29:38.1,         2016-02-04T19:29:38.100Z",
            "2016-02-04T19:29:38.37,        2016-02-04T19:29:38.370Z",
            "2016-02-04T19:29:38.037,       2016-02-04T19:29:38.037Z",
            "2016-02-04T19:29:38.0371,      2016-02-04T19:29:38.037100Z",
            "2016-02-04T19:29:38.03712,     2016-02-04T19:29:38.037120Z",
            "2016-02-04T19:29:38.037123,    2016-02-04T19:29:38.037123Z",
            "2016-02-04T19:29:38.0371234,   2016-02-04T19:29:38.037123400Z",
            // with offset: converted to UTC
            "2017-03-14T03:25:16.36+00:00,  2017-03-14T03:25:16.360Z",
            "2017-03-14T03:25:16Z,          2017-03-14T03:25:16Z",
            "2017-03-14T05:25:16.1234567+02:00, 2017-03-14T03:25:16.123456700Z",
            "2017-03-13T22:25:16-05:00,     2017-03-14T03:25:16Z",
            // date only: midnight UTC
            "2018-05-30,                    2018-05-30T00:00:00Z",
            // the "never" sentinel of the indirect resellers resource
            "0001-01-01T00:00:00,           0001-01-01T00:00:00Z"
    })
    void everyDateTimeFormTheServiceSendsIsReadAsUtc(String wire, String expected) {
        Subscription s = oneSubscription("{\"creationDate\":\"" + wire + "\"}");

        assertThat(s.getCreationDate()).isEqualTo(OffsetDateTime.parse(expected));
        assertThat(s.getCreationDate().getOffset()).isEqualTo(java.time.ZoneOffset.UTC);
    }

    @Test
    void nullAndEmptyDatesAreNull() {
        Subscription s = oneSubscription("{\"creationDate\":null,\"trialStartDate\":\"\"}");

        assertThat(s.getCreationDate()).isNull();
        assertThat(s.getTrialStartDate()).isNull();
    }

    @Test
    void aDateFieldSentAsADateTimeIsReadAsItsDate() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/search")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"searchDate\":\"2018-05-30T00:00:00\"},{\"searchDate\":\"2018-05-31\"}],\"@nextLink\":null,\"TotalCount\":2}")));

        assertThat(client.search().list().items()).extracting(SearchAnalytics::getSearchDate)
                .containsExactly(LocalDate.of(2018, 5, 30), LocalDate.of(2018, 5, 31));
    }

    @Test
    void unknownEnumerationValuesAreKept() {
        Subscription s = oneSubscription("{\"status\":\"PENDING_APPROVAL\",\"subscriptionType\":\"Quantum\",\"churnRisk\":\"Extreme\"}");

        assertThat(s.getStatus()).isEqualTo("PENDING_APPROVAL");
        assertThat(s.getSubscriptionType()).isEqualTo("Quantum");
        assertThat(s.getChurnRisk()).isEqualTo("Extreme");
    }

    @Test
    void unknownPropertiesAreIgnoredAtEveryLevel() {
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"id\":\"S1\",\"brandNewField\":{\"nested\":[1,2]},\"anotherOne\":42}],"
                        + "\"@nextLink\":null,\"TotalCount\":1,\"@odata.context\":\"x\",\"Skip\":0}")));

        Page<Subscription> page = client.subscriptions().list();

        assertThat(page.items()).extracting(Subscription::getId).containsExactly("S1");
        assertThat(page.totalCount()).hasValue(1);
    }

    @Test
    void countsSentAsStringsOrAsDecimalsAreRead() {
        Subscription s = oneSubscription("{\"licenseCount\":\"7485\",\"subscriptionCount\":\"63\"}");
        assertThat(s.getLicenseCount()).isEqualTo(7485L);
        assertThat(s.getSubscriptionCount()).isEqualTo(63L);

        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/indirectresellers")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"subscriptionCount\":10.0,\"licenseCount\":\"20\"}],\"@nextLink\":null,\"TotalCount\":\"1\"}")));
        Page<IndirectReseller> page = client.indirectResellers().list();
        assertThat(page.items().get(0).getSubscriptionCount()).isEqualTo(10L);
        assertThat(page.items().get(0).getLicenseCount()).isEqualTo(20L);
        assertThat(page.totalCount()).as("TotalCount sent as a string").hasValue(1);
    }

    @Test
    void mpnIdIsReadAsANumberOrADigitString() {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/search")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"mpnId\":2604568},{\"mpnId\":\"2604569\"}],\"@nextLink\":null,\"TotalCount\":2}")));

        assertThat(client.search().list().items()).extracting(SearchAnalytics::getMpnId).containsExactly(2604568L, 2604569L);
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() {
        byte[] json = "{\"Value\":[{\"id\":\"S1\"}],\"@nextLink\":null,\"TotalCount\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[json.length + 3];
        body[0] = (byte) 0xEF;
        body[1] = (byte) 0xBB;
        body[2] = (byte) 0xBF;
        System.arraycopy(json, 0, body, 3, json.length);
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json; charset=utf-8").withBody(body)));

        assertThat(client.subscriptions().list().items()).extracting(Subscription::getId).containsExactly("S1");
    }

    @Test
    void aPageWithoutValueOrTotalCountIsAnEmptyPage() {
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okForContentType("application/json", "{}")));

        Page<Subscription> page = client.subscriptions().list();

        assertThat(page.items()).isEmpty();
        assertThat(page.totalCount()).isEmpty();
        assertThat(page.nextLink()).isEmpty();
    }

    @Test
    void theDocumentationsAzureUsageExampleWithAFractionalQuantityDecodesExactly() {
        String documented = SpecExamples.json("AzureUsagePageAll");
        assertThat(documented).contains("\"quantity\":20}");
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/usage/azure")).willReturn(okForContentType("application/json",
                documented.replace("\"quantity\":20}", "\"quantity\":20.5}"))));

        AzureUsage row = client.azureUsage().list().items().get(0);

        assertThat(row.getQuantity()).isEqualTo(new BigDecimal("20.5"));
        assertThat(row.getMeterUnit()).isEqualTo("10,000s");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // decimals that a double cannot hold, and big meters, all read digit for digit
            "0.1",
            "20.5",
            "0.0000001",
            "123456789012345678.123456789",
            "7",
            "-3.25"
    })
    void fractionalQuantitiesAreReadWithoutRounding(String wire) {
        server.stubFor(get(urlPathEqualTo("/partner/v1/analytics/usage/azure")).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"quantity\":" + wire + "},{\"quantity\":\"" + wire + "\"}],\"@nextLink\":null,\"TotalCount\":2}")));

        assertThat(client.azureUsage().list().items()).extracting(AzureUsage::getQuantity)
                .containsExactly(new BigDecimal(wire), new BigDecimal(wire));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
            "/partner/v1/analytics/subscriptions      | {\"Value\":[{\"licenseCount\":20.5}],\"TotalCount\":1}                    | Value[0].licenseCount",
            "/partner/v1/analytics/subscriptions      | {\"Value\":[{\"id\":\"S1\"},{\"subscriptionCount\":\"2.5\"}],\"TotalCount\":2} | Value[1].subscriptionCount",
            "/partner/v1/analytics/indirectresellers  | {\"Value\":[{\"indirectResellerCount\":0.001}],\"TotalCount\":1}         | Value[0].indirectResellerCount",
            "/partner/v1/analytics/search             | {\"Value\":[{\"mpnId\":2604568.5}],\"TotalCount\":1}                      | Value[0].mpnId",
            "/partner/v1/analytics/commercial/deployment/license | {\"Value\":[{\"licensesDeployed\":1.5}],\"TotalCount\":1}   | Value[0].licensesDeployed",
            "/partner/v1/analytics/subscriptions      | {\"Value\":[],\"TotalCount\":1.5}                                          | TotalCount"
    })
    void aFractionInAnIntegerFieldIsAnInvalidResponseNamingTheFieldNeverATruncation(String path, String body, String field) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(okForContentType("application/json", body)));
        AnalyticsResource<?> resource = switch (path) {
            case "/partner/v1/analytics/indirectresellers" -> client.indirectResellers();
            case "/partner/v1/analytics/search" -> client.search();
            case "/partner/v1/analytics/commercial/deployment/license" -> client.licenseDeployments();
            default -> client.subscriptions();
        };

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, resource::list);

        assertThat(e).as("a fraction in an integer field must fail, not be truncated").isNotNull();
        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.attempts()).isEqualTo(1);
        assertThat(e.description()).contains("field " + field + ": a fractional number", "it is not truncated");
    }

    @Test
    void aWholeNumberOutOfAnIntegerFieldsRangeIsAnInvalidResponseToo() {
        server.stubFor(get(urlPathEqualTo(SUBSCRIPTIONS)).willReturn(okForContentType("application/json",
                "{\"Value\":[{\"licenseCount\":92233720368547758070}],\"TotalCount\":1}")));

        InvalidResponseException e = catchThrowableOfType(InvalidResponseException.class, () -> client.subscriptions().list());

        assertThat(e.description()).contains("field Value[0].licenseCount: a whole number (92233720368547758070) out of the range of Long");
    }
}
