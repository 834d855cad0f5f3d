package com.partnercenter.analytics.client;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.partnercenter.analytics.client.generated.model.AzureUsage;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.CustomerLicensesUsageInsights;
import com.partnercenter.analytics.client.generated.model.IndirectReseller;
import com.partnercenter.analytics.client.generated.model.LicenseDeployment;
import com.partnercenter.analytics.client.generated.model.LicenseUsage;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesDeploymentInsights;
import com.partnercenter.analytics.client.generated.model.PartnerLicensesUsageInsights;
import com.partnercenter.analytics.client.generated.model.Referral;
import com.partnercenter.analytics.client.generated.model.SearchAnalytics;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.client.support.SpecExamples;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.spec.AggregationLevel;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okForContentType;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.partnercenter.analytics.client.support.ClientFixture.TOKEN;
import static com.partnercenter.analytics.client.support.ClientFixture.UUID_PATTERN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation: the exact request the client sends (path, percent-encoded query, headers) and the values it
 * decodes from the spec's own response examples.
 */
class OperationsTest extends WireMockClientTest {
    /** A stub that only matches when every documented header is sent with the configured value. */
    private static MappingBuilder getWithHeaders(String path) {
        return get(urlPathEqualTo(path))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Accept", equalTo("application/json"))
                .withHeader("MS-Contract-Version", equalTo("v1"))
                .withHeader("MS-RequestId", matching(UUID_PATTERN))
                .withHeader("MS-CorrelationId", matching(UUID_PATTERN))
                .withHeader("X-Locale", equalTo("en-GB"))
                .withHeader("MS-PartnerCenter-Application", equalTo("Contoso Partner Portal"));
    }

    private static void serve(String path, String example) {
        server.stubFor(getWithHeaders(path).willReturn(okForContentType("application/json", SpecExamples.json(example))
                .withHeader("MS-CV", "f0trvmq8mEScHcFS.0")));
    }

    private static LoggedRequest onlyRequest() {
        List<LoggedRequest> requests = server.findAll(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** The raw (still percent-encoded) query pairs of a request, order-free. */
    private static Set<String> rawQuery(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? Set.of() : new TreeSet<>(Arrays.asList(url.substring(q + 1).split("&")));
    }

    private static String pathOf(LoggedRequest request) {
        String url = request.getUrl();
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    @Test
    void listAzureUsageSendsFilterOrderByPagingAndDatesAndDecodesRows() {
        serve("/partner/v1/analytics/usage/azure", "AzureUsagePageAll");

        Page<AzureUsage> page = client.azureUsage().list(AnalyticsQuery.builder()
                .filter(Filters.field("meterCategory").eq("Data Management")
                        .or(Filters.field("usageDate").ge(LocalDate.of(2018, 1, 1)).and(Filters.field("usageDate").le(LocalDate.of(2018, 4, 1)))))
                .orderBy("meterCategory").orderByDescending("meterUnit")
                .top(100).skip(200)
                .startDate(LocalDate.of(2018, 5, 1)).endDate(LocalDate.of(2018, 5, 31))
                .build());

        LoggedRequest request = onlyRequest();
        assertThat(pathOf(request)).isEqualTo("/partner/v1/analytics/usage/azure");
        assertThat(rawQuery(request)).containsExactlyInAnyOrder(
                "filter=meterCategory%20eq%20%27Data%20Management%27%20or%20usageDate%20ge%20cast%28%272018-01-01%27%2C%20Edm.DateTimeOffset%29"
                        + "%20and%20usageDate%20le%20cast%28%272018-04-01%27%2C%20Edm.DateTimeOffset%29",
                "orderby=meterCategory%2CmeterUnit%20desc",
                "top=100", "skip=200",
                "startDate=2018-05-01T00%3A00%3A00", "endDate=2018-05-31T00%3A00%3A00");
        assertThat(request.queryParameter("filter").firstValue()).isEqualTo(
                "meterCategory eq 'Data Management' or usageDate ge cast('2018-01-01', Edm.DateTimeOffset) and usageDate le cast('2018-04-01', Edm.DateTimeOffset)");

        assertThat(page.totalCount()).hasValue(1);
        assertThat(page.nextLink()).isEmpty();
        assertThat(page.correlationVector()).hasValue("f0trvmq8mEScHcFS.0");
        assertThat(page.requestId()).isEqualTo(UUID.fromString(request.getHeader("MS-RequestId")));
        assertThat(page.correlationId()).isEqualTo(UUID.fromString(request.getHeader("MS-CorrelationId")));
        AzureUsage row = page.items().get(0);
        assertThat(row.getCustomerTenantId()).isEqualTo("39A1DFAC-4969-4F31-AF94-D76588189CFE");
        assertThat(row.getSubscriptionName()).isEqualTo("AZURE PURCHSE SAMPLE APP");
        assertThat(row.getUsageDate()).isEqualTo(OffsetDateTime.parse("2018-05-27T00:00:00Z"));
        assertThat(row.getMeterUnit()).isEqualTo("10,000s");
        assertThat(row.getReservationOrderId()).isEmpty();
        assertThat(row.getQuantity()).isEqualByComparingTo("20");
    }

    @Test
    void listIndirectResellersSendsGroupByAndAggregationLevelAndDecodesCounts() {
        serve("/partner/v1/analytics/indirectresellers", "IndirectResellerPageGrouped");

        Page<IndirectReseller> page = client.indirectResellers().list(AnalyticsQuery.builder()
                .filter(Filters.field("market").ne("CN"))
                .groupBy("market", "firstSubscriptionCreationDate").aggregationLevel(AggregationLevel.WEEK)
                .orderByDescending("subscriptionCount")
                .build());

        LoggedRequest request = onlyRequest();
        assertThat(pathOf(request)).isEqualTo("/partner/v1/analytics/indirectresellers");
        assertThat(rawQuery(request)).containsExactlyInAnyOrder("filter=market%20ne%20%27CN%27",
                "groupby=market%2CfirstSubscriptionCreationDate", "aggregationLevel=week", "orderby=subscriptionCount%20desc");
        assertThat(page.totalCount()).hasValue(2);
        assertThat(page.items()).extracting(IndirectReseller::getMarket).containsExactly("US", "GB");
        assertThat(page.items()).extracting(IndirectReseller::getIndirectResellerCount).containsExactly(12L, 4L);
        assertThat(page.items()).extracting(IndirectReseller::getLicenseCount).containsExactly(410L, 75L);
        assertThat(page.items()).extracting(IndirectReseller::getSubscriptionCount).containsExactly(96L, 18L);
    }

    @Test
    void listIndirectResellersReadsTheNeverSentinelAndTheExampleKeyOfTheDeprovisionedDate() {
        serve("/partner/v1/analytics/indirectresellers", "IndirectResellerPageAll");

        IndirectReseller row = client.indirectResellers().list().items().get(0);

        assertThat(onlyRequest().getUrl()).isEqualTo("/partner/v1/analytics/indirectresellers");
        assertThat(row.getId()).isEqualTo("1111111");
        assertThat(row.getFirstSubscriptionCreationDate()).isEqualTo(OffsetDateTime.parse("2016-10-18T19:16:25.107Z"));
        assertThat(row.getFirstSubscriptionSuspendedDate()).isEqualTo(OffsetDateTime.parse("0001-01-01T00:00:00Z"));
        assertThat(row.getLatestSubscriptionDeprovisionedEndDate()).isEqualTo(OffsetDateTime.parse("0001-01-01T00:00:00Z"));
        assertThat(row.getLatestSubscriptionDeprovisionedDate()).isNull();
    }

    @Test
    void listSubscriptionsSendsTheDocumentedFilterAndDecodesEveryField() {
        serve("/partner/v1/analytics/subscriptions", "SubscriptionPageAll");

        Page<Subscription> page = client.subscriptions().list(AnalyticsQuery.builder()
                .filter(Filters.field("autoRenewEnabled").eq(true).and(Filters.field("customerMarket").eq("US")))
                .build());

        LoggedRequest request = onlyRequest();
        assertThat(rawQuery(request)).containsExactly("filter=autoRenewEnabled%20eq%20true%20and%20customerMarket%20eq%20%27US%27");
        Subscription s = page.items().get(0);
        assertThat(s.getCustomerTenantId()).isEqualTo("76906668-27FC-4F5B-A35C-75A9823E13AF");
        assertThat(s.getStatus()).isEqualTo("ACTIVE");
        assertThat(s.getSubscriptionType()).isEqualTo("Office");
        assertThat(s.getAutoRenewEnabled()).isTrue();
        assertThat(s.getCreationDate()).isEqualTo(OffsetDateTime.parse("2016-02-04T19:29:38.037Z"));
        assertThat(s.getTrialStartDate()).isNull();
        assertThat(s.getLastRenewalDate()).isEqualTo(OffsetDateTime.parse("2018-02-10T02:39:57.729Z"));
        assertThat(s.getLicenseCount()).isEqualTo(2L);
        assertThat(s.getChurnRisk()).isEqualTo("High");
        assertThat(s.getBillingCycleName()).isEqualTo("MONTHLY");
    }

    @Test
    void listSubscriptionsGroupedReadsStringCountsAndUndocumentedTypes() {
        serve("/partner/v1/analytics/subscriptions", "SubscriptionPageGrouped");

        Page<Subscription> page = client.subscriptions().list(AnalyticsQuery.builder().groupBy("subscriptionType").build());

        assertThat(rawQuery(onlyRequest())).containsExactly("groupby=subscriptionType");
        assertThat(page.totalCount()).hasValue(7);
        assertThat(page.items()).extracting(Subscription::getSubscriptionType)
                .containsExactly("Azure", "Dynamics", "EMS", "M365", "Office", "UNKNOWN", "Windows");
        assertThat(page.items()).extracting(Subscription::getSubscriptionCount).containsExactly(63L, 62L, 39L, 2L, 906L, 104L, 2L);
        assertThat(page.items()).extracting(Subscription::getLicenseCount).containsExactly(0L, 405L, 193L, 5L, 7485L, 439L, 2L);
    }

    @Test
    void listSearchAnalyticsSendsGroupByWithDayLevelAndReadsNumberMpnIdAndBareDate() {
        serve("/partner/v1/analytics/search", "SearchAnalyticsPageAll");

        Page<SearchAnalytics> page = client.search().list(AnalyticsQuery.builder()
                .groupBy("searchDate", "partnerMarket").aggregationLevel(AggregationLevel.DAY).top(50).build());

        assertThat(rawQuery(onlyRequest())).containsExactlyInAnyOrder("groupby=searchDate%2CpartnerMarket", "aggregationLevel=day", "top=50");
        SearchAnalytics row = page.items().get(0);
        assertThat(row.getMpnId()).isEqualTo(2604568L);
        assertThat(row.getSearchDate()).isEqualTo(LocalDate.of(2018, 5, 30));
        assertThat(row.getKeywordSearchText()).isEqualTo(" my company");
        assertThat(row.getKeywordCountry()).isNull();
        assertThat(row.getDetailsViewed()).isTrue();
        assertThat(row.getPartnerMarket()).isEqualTo("CN");
    }

    @Test
    void listReferralsSendsTopAndSkipAndReadsNullableDates() {
        serve("/partner/v1/analytics/referrals", "ReferralPageAll");

        Page<Referral> page = client.referrals().list(AnalyticsQuery.builder()
                .filter(Filters.field("status").eq("Accepted")).top(100).skip(100).build());

        assertThat(rawQuery(onlyRequest())).containsExactlyInAnyOrder("filter=status%20eq%20%27Accepted%27", "top=100", "skip=100");
        Referral row = page.items().get(0);
        assertThat(row.getId()).isEqualTo("112310");
        assertThat(row.getCustomerOrgSize()).isEqualTo("10to50employees");
        assertThat(row.getAcceptedDate()).isEqualTo(OffsetDateTime.parse("2018-02-07T23:43:19Z"));
        assertThat(row.getWonDate()).isNull();
    }

    @Test
    void listLicenseDeploymentsUsesTheCanonicalPathAndSendsProcessedDateTime() {
        serve("/partner/v1/analytics/commercial/deployment/license", "LicenseDeploymentPageFiltered");

        Page<LicenseDeployment> page = client.licenseDeployments().list(AnalyticsQuery.builder()
                .filter(Filters.field("customerTenantId").eq("0112A436-B14E-4888-967B-CA4BB2CF1234"))
                .processedDateTime(LocalDate.of(2018, 10, 14))
                .build());

        LoggedRequest request = onlyRequest();
        assertThat(pathOf(request)).isEqualTo("/partner/v1/analytics/commercial/deployment/license");
        // The documentation's own encoded example: filter=customerTenantId%20eq%20%270112A436-...%27
        assertThat(rawQuery(request)).containsExactlyInAnyOrder(
                "filter=customerTenantId%20eq%20%270112A436-B14E-4888-967B-CA4BB2CF1234%27",
                "processedDateTime=2018-10-14T00%3A00%3A00");
        assertThat(page.totalCount()).hasValue(2);
        assertThat(page.items()).extracting(LicenseDeployment::getProductName)
                .containsExactly("DYNAMICS AX TASK", "DOMESTIC AND INTERNATIONAL CALLING PLAN");
        assertThat(page.items()).extracting(LicenseDeployment::getLicensesSold).containsExactly(9L, 5L);
        assertThat(page.items().get(0).getProcessedDateTime()).isEqualTo(OffsetDateTime.parse("2018-10-14T00:00:00Z"));
    }

    @Test
    void listLicenseUsageUsesTheCanonicalPathAndReadsTheExampleKeyLicenseActive() {
        serve("/partner/v1/analytics/commercial/usage/license", "LicenseUsagePageFiltered");

        Page<LicenseUsage> page = client.licenseUsage().list(AnalyticsQuery.builder()
                .filter(Filters.field("workloadCode").eq("SFB")).build());

        LoggedRequest request = onlyRequest();
        assertThat(pathOf(request)).isEqualTo("/partner/v1/analytics/commercial/usage/license");
        assertThat(rawQuery(request)).containsExactly("filter=workloadCode%20eq%20%27SFB%27");
        assertThat(page.items()).extracting(LicenseUsage::getWorkloadName).containsExactly("SharePoint", "Exchange");
        assertThat(page.items()).extracting(LicenseUsage::getLicenseActive).containsExactly(0L, 0L);
        assertThat(page.items()).extracting(LicenseUsage::getLicensesQualified).containsExactly(1L, 1L);
    }

    @Test
    @SuppressWarnings("deprecation")
    void partnerLicensesDeploymentInsightsReadsTheCollectionWithOffsetDates() {
        serve("/v1/analytics/licenses/deployment", "PartnerLicensesDeploymentInsightsCollection");

        ResourceCollection<PartnerLicensesDeploymentInsights> collection = client.licenseInsights().partnerDeployment();

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/analytics/licenses/deployment");
        assertThat(collection.totalCount()).hasValue(2);
        assertThat(collection.objectType()).hasValue("Collection");
        assertThat(collection.items()).extracting(PartnerLicensesDeploymentInsights::getServiceName).containsExactly("crm", "o365");
        assertThat(collection.items()).extracting(PartnerLicensesDeploymentInsights::getLicensesSold).containsExactly(343L, 4464L);
        assertThat(collection.items().get(1).getProcessedDateTime()).isEqualTo(OffsetDateTime.parse("2017-03-14T03:25:16.36Z"));
        assertThat(collection.items().get(1).getProratedDeploymentPercent()).isEqualTo(1.0);
        assertThat(collection.items().get(0).getAttributes().getObjectType()).isEqualTo("PartnerLicensesDeploymentInsights");
    }

    @Test
    @SuppressWarnings("deprecation")
    void partnerLicensesUsageInsightsReadsTheCollection() {
        serve("/v1/analytics/licenses/usage", "PartnerLicensesUsageInsightsCollection");

        ResourceCollection<PartnerLicensesUsageInsights> collection = client.licenseInsights().partnerUsage();

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/analytics/licenses/usage");
        assertThat(collection.totalCount()).hasValue(5);
        assertThat(collection.items()).extracting(PartnerLicensesUsageInsights::getWorkloadName)
                .containsExactly("Microsoft Dynamics CRM", "SharePoint", "Exchange", "SharePoint", "Skype For Business");
        assertThat(collection.items().get(2).getProcessedDateTime()).isEqualTo(OffsetDateTime.parse("2017-03-09T00:00:00Z"));
    }

    @Test
    @SuppressWarnings("deprecation")
    void customerLicensesDeploymentInsightsPutsTheCustomerIdInThePath() {
        UUID customer = UUID.fromString("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
        serve("/v1/customers/" + customer + "/analytics/licenses/deployment", "CustomerLicensesDeploymentInsightsCollection");

        ResourceCollection<CustomerLicensesDeploymentInsights> collection = client.licenseInsights().customerDeployment(customer);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/deployment");
        assertThat(collection.totalCount()).hasValue(3);
        assertThat(collection.items()).extracting(CustomerLicensesDeploymentInsights::getLicensesSold).containsExactly(1L, 5L, 2L);
        assertThat(collection.items().get(0).getCustomerName()).isEqualTo("DT DEMO CSP CUSTOMER 005");
        assertThat(collection.items().get(0).getCustomerId()).isNull();
    }

    @Test
    @SuppressWarnings("deprecation")
    void customerLicensesUsageInsightsPutsTheCustomerIdInThePath() {
        UUID customer = UUID.fromString("4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04");
        serve("/v1/customers/" + customer + "/analytics/licenses/usage", "CustomerLicensesUsageInsightsCollection");

        ResourceCollection<CustomerLicensesUsageInsights> collection = client.licenseInsights().customerUsage(customer);

        assertThat(onlyRequest().getUrl()).isEqualTo("/v1/customers/4d3cf487-70f4-4e1e-9ff1-b2bfce8d9f04/analytics/licenses/usage");
        assertThat(collection.items()).hasSize(5);
        assertThat(collection.items()).extracting(CustomerLicensesUsageInsights::getLicensesQualified).containsExactly(1L, 1L, 1L, 5L, 2L);
        assertThat(collection.items().get(3).getProductName()).isEqualTo("EXCHANGE ONLINE (PLAN 1)");
        assertThat(collection.items().get(0).getUsagePercent()).isEqualTo(0.0);
    }

    @Test
    void eachCallSendsANewRequestIdAndAFreshCorrelationIdUnlessOneIsSet() {
        serve("/partner/v1/analytics/referrals", "ReferralPageAll");
        UUID fixed = UUID.fromString("6492b9d6-5629-429b-934c-040b1946e760");

        Page<Referral> first = client.referrals().list();
        Page<Referral> second = client.referrals().list();
        Page<Referral> third = client.withCorrelationId(fixed).referrals().list();

        List<LoggedRequest> requests = server.findAll(getRequestedFor(urlPathEqualTo("/partner/v1/analytics/referrals")));
        assertThat(requests).extracting(r -> r.getHeader("MS-RequestId")).doesNotHaveDuplicates().hasSize(3);
        assertThat(first.correlationId()).isNotEqualTo(second.correlationId());
        assertThat(third.correlationId()).isEqualTo(fixed);
        assertThat(requests.get(2).getHeader("MS-CorrelationId")).isEqualTo(fixed.toString());
    }

    @Test
    void reservedCharactersInValuesArePercentEncodedExactlyOnce() {
        serve("/partner/v1/analytics/subscriptions", "SubscriptionPageFiltered");

        client.subscriptions().list(AnalyticsQuery.builder()
                .filter(Filters.contains("customerName", "100% A+B & Co, 'Zürich'")).build());

        LoggedRequest request = onlyRequest();
        assertThat(rawQuery(request)).containsExactly(
                "filter=contains%28customerName%2C%27100%25%20A%2BB%20%26%20Co%2C%20%27%27Z%C3%BCrich%27%27%27%29");
        assertThat(request.queryParameter("filter").firstValue()).isEqualTo("contains(customerName,'100% A+B & Co, ''Zürich''')");
    }
}
