package com.partnercenter.analytics.stub.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.WireDateTimes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every operation of the spec, over HTTP: envelopes, row keys and wire forms. */
class OperationsHttpTest extends HttpTestBase {
    static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    static Stream<OperationDescriptor> analyticsOperations() {
        return SPEC.operations().values().stream().filter(op -> op.query().isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("analyticsOperations")
    void everyAnalyticsOperationAnswersAPageOfRowsInTheServicesShape(OperationDescriptor op) {
        HttpResponse<String> r = get(op.path() + "?top=3");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
        JsonNode page = json(r);
        assertThat(page.fieldNames()).toIterable().containsExactly("Value", "@nextLink", "TotalCount");
        assertThat(page.get("Value")).hasSize(3);
        assertThat(page.get("TotalCount").asLong()).isGreaterThan(3);
        assertThat(page.get("@nextLink").asText()).isEqualTo(base() + op.path() + "?top=3&skip=3");
        JsonNode schema = SPEC.schema(op.query().orElseThrow().rowSchema()).path("properties");
        for (JsonNode row : page.get("Value")) {
            for (Iterator<String> keys = row.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                assertThat(schema.has(key)).as("%s: row key %s is a property of the row schema", op.operationId(), key).isTrue();
                String wireFormat = schema.path(key).path("x-pc-wire-format").asText(null);
                JsonNode value = row.get(key);
                if (wireFormat != null && !value.isNull()) {
                    if (wireFormat.equals(WireDateTimes.DATE)) {
                        assertThat(WireDateTimes.isDate(value.asText())).as(key + "=" + value).isTrue();
                    } else if (wireFormat.equals(WireDateTimes.LOCAL_DATE_TIME)) {
                        assertThat(value.asText()).as(key).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?");
                    }
                }
            }
            for (FieldCapability f : op.query().orElseThrow().fields().values()) {
                if (!f.aggregate()) {
                    assertThat(row.has(f.wireName())).as("%s row carries %s", op.operationId(), f.wireName()).isTrue();
                }
            }
        }
    }

    @Test
    void theAcceptanceRequestReturnsFiveUsSubscriptionsACountAndAWorkingNextLink() {
        JsonNode page = json(get("/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=5"));
        assertThat(page.get("Value")).hasSize(5);
        page.get("Value").forEach(row -> assertThat(row.get("customerMarket").asText()).isEqualTo("US"));
        long total = page.get("TotalCount").asLong();
        assertThat(total).isGreaterThan(5);
        String next = page.get("@nextLink").asText();
        assertThat(next).isEqualTo(base() + "/partner/v1/analytics/subscriptions?filter=customerMarket%20eq%20%27US%27&top=5&skip=5");
        JsonNode second = json(get(next));
        assertThat(second.get("TotalCount").asLong()).isEqualTo(total);
        assertThat(second.get("Value")).hasSize(5);
        assertThat(second.get("Value").get(0).get("id")).isNotEqualTo(page.get("Value").get(0).get("id"));
    }

    @Test
    void plainSubscriptionRowsHaveExplicitNullsAndNumericCounts() {
        JsonNode rows = json(get("/partner/v1/analytics/subscriptions?filter=deprovisionedDate%20eq%20null&top=50")).get("Value");
        for (JsonNode row : rows) {
            assertThat(row.has("deprovisionedDate")).isTrue();
            assertThat(row.get("deprovisionedDate").isNull()).isTrue();
            assertThat(row.get("licenseCount").isNumber()).isTrue();
            assertThat(row.has("subscriptionCount")).isFalse();
        }
    }

    @Test
    void groupedSubscriptionRowsCarryOnlyTheGroupAndStringCounts() {
        JsonNode page = json(get("/partner/v1/analytics/subscriptions?groupBy=subscriptionType"));
        assertThat(page.get("@nextLink").isNull()).isTrue();
        long count = 0;
        List<String> types = new java.util.ArrayList<>();
        for (JsonNode row : page.get("Value")) {
            assertThat(row.fieldNames()).toIterable().containsExactly("subscriptionType", "subscriptionCount", "licenseCount");
            assertThat(row.get("subscriptionCount").isTextual()).isTrue();
            assertThat(row.get("licenseCount").isTextual()).isTrue();
            count += Long.parseLong(row.get("subscriptionCount").asText());
            types.add(row.get("subscriptionType").asText());
        }
        assertThat(types).isSorted();
        assertThat(page.get("TotalCount").asInt()).isEqualTo(types.size());
        assertThat(count).isEqualTo(json(get("/partner/v1/analytics/subscriptions?top=1")).get("TotalCount").asLong());
    }

    @Test
    void resellerRowsUseTheWireKeyAndTheNeverSentinel() {
        JsonNode rows = json(get("/partner/v1/analytics/indirectresellers")).get("Value");
        boolean sentinel = false;
        for (JsonNode row : rows) {
            assertThat(row.has("latestSubscriptionDeprovisionedEndDate")).isTrue();
            assertThat(row.has("latestSubscriptionDeprovisionedDate")).isFalse();
            assertThat(row.has("indirectResellerCount")).isFalse();
            for (JsonNode v : row) {
                sentinel |= v.asText().equals("0001-01-01T00:00:00");
                assertThat(v.isNull()).isFalse();
            }
        }
        assertThat(sentinel).isTrue();
        JsonNode filtered = json(get("/partner/v1/analytics/indirectresellers?filter=latestSubscriptionDeprovisionedDate%20ne%20cast('0001-01-01',%20Edm.DateTimeOffset)"));
        filtered.get("Value").forEach(row -> assertThat(row.get("latestSubscriptionDeprovisionedEndDate").asText()).isNotEqualTo("0001-01-01T00:00:00"));
    }

    @Test
    void licenseUsageRowsUseTheWireKeyLicenseActive() {
        JsonNode row = json(get("/partner/v1/analytics/commercial/usage/license?top=1")).get("Value").get(0);
        assertThat(row.has("licenseActive")).isTrue();
        assertThat(row.has("licensesActive")).isFalse();
        JsonNode grouped = json(get("/partner/v1/analytics/commercial/usage/license?groupby=workloadCode&top=1")).get("Value").get(0);
        assertThat(grouped.fieldNames()).toIterable().containsExactly("workloadCode", "licenseActive", "licensesQualified");
        assertThat(grouped.get("licenseActive").isNumber()).isTrue();
    }

    @Test
    void searchDatesAreDatesAndGroupedSearchRowsCarryTheFourCounts() {
        JsonNode row = json(get("/partner/v1/analytics/search?top=1")).get("Value").get(0);
        assertThat(row.get("searchDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(row.get("mpnId").isNumber()).isTrue();
        assertThat(row.has("searchResultPageViews")).isFalse();
        JsonNode grouped = json(get("/partner/v1/analytics/search?groupby=searchDate&aggregationLevel=month&top=1")).get("Value").get(0);
        assertThat(grouped.fieldNames()).toIterable().containsExactly("searchDate", "searchResultPageViews", "contactClicks", "referralCount", "profileViews");
        assertThat(grouped.get("searchDate").asText()).endsWith("-01");
    }

    @Test
    void commercialLicenseOperationsAnswerOnEveryDocumentedPathForm() {
        for (String op : new String[]{"listLicenseDeployments", "listLicenseUsage"}) {
            OperationDescriptor d = SPEC.operation(op).orElseThrow();
            JsonNode main = json(get(d.path() + "?top=2"));
            assertThat(d.pathAliases()).hasSize(3);
            for (String alias : d.pathAliases()) {
                HttpResponse<String> r = get(alias + "?top=2");
                assertThat(r.statusCode()).as(alias).isEqualTo(200);
                assertThat(json(r).get("Value")).isEqualTo(main.get("Value"));
                assertThat(json(r).get("@nextLink").asText()).startsWith(base() + alias + "?");
            }
        }
    }

    @Test
    void processedDateTimeSelectsTheProcessedDay() {
        JsonNode latest = json(get("/partner/v1/analytics/commercial/deployment/license?top=1"));
        String processed = latest.get("Value").get(0).get("processedDateTime").asText();
        assertThat(json(get("/partner/v1/analytics/commercial/deployment/license?top=1&processedDateTime=" + processed)).get("TotalCount"))
                .isEqualTo(latest.get("TotalCount"));
        assertThat(json(get("/partner/v1/analytics/commercial/deployment/license?processedDateTime=2018-10-14")).get("TotalCount").asInt()).isZero();
        assertThat(get("/partner/v1/analytics/commercial/deployment/license?processedDateTime=yesterday").statusCode()).isEqualTo(400);
    }

    @Test
    void azureUsageStartAndEndDatesBoundTheUsageDate() {
        JsonNode page = json(get("/partner/v1/analytics/usage/azure?startDate=2025-06-01&endDate=2025-06-30T00:00:00&orderby=usageDate"));
        assertThat(page.get("TotalCount").asInt()).isPositive();
        for (JsonNode row : page.get("Value")) {
            assertThat(row.get("usageDate").asText()).startsWith("2025-06-");
        }
    }

    @Test
    void v1CollectionsAreReadableByMicrosoftsJavaSdk() {
        JsonNode partner = json(get("/v1/analytics/licenses/deployment"));
        assertThat(partner.fieldNames()).toIterable().containsExactly("totalCount", "items", "attributes");
        assertThat(partner.get("attributes").get("objectType").asText()).isEqualTo("Collection");
        assertThat(partner.get("totalCount").asInt()).isEqualTo(partner.get("items").size()).isPositive();
        for (JsonNode item : partner.get("items")) {
            assertThat(item.get("attributes").get("objectType").asText()).isEqualTo("PartnerLicensesDeploymentInsights");
            assertThat(item.get("processedDateTime").asText()).endsWith("+00:00");
            assertThat(item.get("proratedDeploymentPercent").asDouble()).isBetween(0.0, 1.0);
        }
        JsonNode usage = json(get("/v1/analytics/licenses/usage"));
        assertThat(usage.get("items").get(0).get("attributes").get("objectType").asText()).isEqualTo("PartnerLicensesUsageInsights");

        String customer = json(get("/partner/v1/analytics/commercial/deployment/license?top=1")).get("Value").get(0).get("customerTenantId").asText();
        long expected = json(get("/partner/v1/analytics/commercial/deployment/license?filter=customerTenantId%20eq%20%27" + customer + "%27")).get("TotalCount").asLong();
        // the SDK sends the id in lower case, as the documentation's example does
        JsonNode mine = json(get("/v1/customers/" + customer.toLowerCase() + "/analytics/licenses/deployment",
                "Accept", "application/json", "MS-Contract-Version", "v1", "MS-CorrelationId", "6492b9d6-5629-429b-934c-040b1946e760",
                "MS-RequestId", "25b6edd5-1f53-456b-b48c-c64f60ec2dda", "X-Locale", "en-US", "MS-SdkVersion", "1.15.3",
                "MS-PartnerCenter-Client", "Partner Center Java SDK", "x-ms-client-request-id", "abc", "User-Agent", "Java/17"));
        assertThat(mine.get("totalCount").asLong()).isEqualTo(expected).isPositive();
        for (JsonNode item : mine.get("items")) {
            assertThat(item.get("customerId").asText()).isEqualTo(customer.toLowerCase());
            assertThat(item.get("attributes").get("objectType").asText()).isEqualTo("CustomerLicensesDeploymentInsights");
        }
        JsonNode myUsage = json(get("/v1/customers/" + customer + "/analytics/licenses/usage"));
        assertThat(myUsage.get("attributes").get("objectType").asText()).isEqualTo("Collection");
    }

    @Test
    void aCustomerWithoutLicensesGetsAnEmptyCollectionNotA404() {
        JsonNode azureOnly = json(get("/partner/v1/analytics/usage/azure?top=1")).get("Value").get(0);
        String customer = azureOnly.get("customerTenantId").asText();
        HttpResponse<String> r = get("/v1/customers/" + customer + "/analytics/licenses/usage");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("totalCount").asInt()).isEqualTo(json(r).get("items").size());
    }

    @Test
    void filtersMayBeSentWithoutPercentEncodingWhereHttpAllows() {
        // quotes, parentheses and commas unencoded; spaces as '+'
        JsonNode page = json(get("/partner/v1/analytics/subscriptions?filter=(customerMarket+eq+'US'+or+customerMarket+eq+'GB')+and+contains(productName,'OFFICE')&top=1"));
        assertThat(page.get("TotalCount").asInt()).isPositive();
        String link = page.get("@nextLink").asText();
        assertThat(json(get(link)).get("TotalCount")).isEqualTo(page.get("TotalCount"));
    }

    @Test
    void walkingEveryPageWithNextLinkReturnsEveryMatchingRowOnce() {
        for (String query : new String[]{"filter=status%20eq%20%27ACTIVE%27&top=37", "groupby=customerMarket,creationDate&aggregationLevel=month&top=50",
                "filter=meterCategory%20eq%20%27Storage%27&orderby=usageDate%20desc&top=100"}) {
            String path = query.contains("meterCategory") ? "/partner/v1/analytics/usage/azure" : "/partner/v1/analytics/subscriptions";
            String next = path + "?" + query;
            Set<String> rows = new HashSet<>();
            long total = -1;
            int pages = 0;
            while (next != null) {
                JsonNode page = json(get(next));
                total = page.get("TotalCount").asLong();
                page.get("Value").forEach(row -> assertThat(rows.add(row.toString())).as("row seen twice: %s", row).isTrue());
                next = page.get("@nextLink").isNull() ? null : page.get("@nextLink").asText();
                pages++;
                assertThat(pages).isLessThan(1000);
            }
            assertThat(rows).as(query).hasSize((int) total);
            assertThat(pages).as(query).isGreaterThan(1);
        }
    }
}
