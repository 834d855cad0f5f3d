package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.Dataset;
import com.partnercenter.analytics.stub.data.DatasetGenerator;
import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.QueryResult.Groups;
import com.partnercenter.analytics.stub.engine.QueryResult.Rows;
import com.partnercenter.analytics.stub.json.WireDates;
import com.partnercenter.analytics.stub.web.PageBody;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupingAndPagingTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static Dataset data;

    @BeforeAll
    static void data() {
        data = new DatasetGenerator(SPEC, new DatasetSettings(3, DatasetSettings.DEFAULT_AS_OF, 80, 1_500, 6_000, 10, 900, 400)).generate();
    }

    private static QueryResult run(String operationId, String filter, String groupby, AggregationLevel level, String orderby, int top, int skip) {
        QueryCapabilities caps = SPEC.queryCapabilities(operationId);
        QueryValidator v = new QueryValidator(caps);
        Table table = data.table(caps.rowSchema()).orElseThrow();
        return QueryEngine.run(table, caps, new Query(filter == null ? null : v.filter(filter), v.groupBy(groupby), level,
                orderby == null ? List.of() : v.orderBy(orderby), top, skip));
    }

    @Test
    void groupedCountsAddUpToTheMatchingRows() {
        Rows all = (Rows) run("listSubscriptions", "customerMarket eq 'US'", null, AggregationLevel.DAY, null, 10_000, 0);
        Groups groups = (Groups) run("listSubscriptions", "customerMarket eq 'US'", "subscriptionType,status", AggregationLevel.DAY, null, 10_000, 0);
        long subscriptions = 0;
        long licenses = 0;
        Table t = all.table();
        long expectedLicenses = 0;
        for (int r : all.rows()) {
            expectedLicenses += (Long) t.column("licenseCount").orElseThrow().value(r);
        }
        for (long[] v : groups.values()) {
            subscriptions += v[0];
            licenses += v[1];
        }
        assertThat(groups.aggregates()).extracting(f -> f.name()).containsExactly("subscriptionCount", "licenseCount");
        assertThat(subscriptions).isEqualTo(all.total());
        assertThat(licenses).isEqualTo(expectedLicenses);
        assertThat(groups.total()).isEqualTo(groups.keys().length);
    }

    @Test
    void groupedSubscriptionRowsCarryOnlyTheGroupedFieldsAndStringCounts() {
        QueryResult r = run("listSubscriptions", null, "subscriptionType", AggregationLevel.DAY, null, 10_000, 0);
        String json = new PageBody(r, null).toJson();
        assertThat(json).startsWith("{\"Value\":[{\"subscriptionType\":\"Azure\",\"subscriptionCount\":\"")
                .contains("\"licenseCount\":\"")
                .doesNotContain("customerName")
                .endsWith(",\"@nextLink\":null,\"TotalCount\":" + r.total() + "}");
    }

    @Test
    void otherAggregatesAreNumbersAndCountRowsWhenTheDataHasNoSuchColumn() {
        String json = new PageBody(run("listIndirectResellers", null, "market", AggregationLevel.DAY, null, 10_000, 0), null).toJson();
        assertThat(json).containsPattern("\\{\"market\":\"[A-Z]{2}\",\"subscriptionCount\":\\d+,\"licenseCount\":\\d+,\"indirectResellerCount\":\\d+}");
        Groups g = (Groups) run("listIndirectResellers", null, "market", AggregationLevel.DAY, null, 10_000, 0);
        long resellers = 0;
        for (long[] v : g.values()) {
            resellers += v[2];
        }
        assertThat(resellers).isEqualTo(data.table("IndirectReseller").orElseThrow().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"DAY", "WEEK", "MONTH"})
    void aggregationLevelBucketsGroupedDates(AggregationLevel level) {
        Groups g = (Groups) run("listAzureUsage", null, "usageDate", level, null, 10_000, 0);
        Set<Long> seen = new HashSet<>();
        long rows = 0;
        for (int i = 0; i < g.keys().length; i++) {
            long start = g.keys()[i][0];
            assertThat(seen.add(start)).isTrue();
            LocalDate day = Instant.ofEpochMilli(start).atOffset(ZoneOffset.UTC).toLocalDate();
            assertThat(Instant.ofEpochMilli(start).atOffset(ZoneOffset.UTC).toLocalTime().toSecondOfDay()).isZero();
            if (level == AggregationLevel.WEEK) {
                assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            } else if (level == AggregationLevel.MONTH) {
                assertThat(day.getDayOfMonth()).isEqualTo(1);
            }
            if (i > 0) {
                assertThat(start).as("groups ordered by date").isGreaterThan(g.keys()[i - 1][0]);
            }
            rows += g.values()[i][0];
        }
        long quantity = 0;
        Table t = data.table("AzureUsage").orElseThrow();
        for (int r = 0; r < t.size(); r++) {
            quantity += (Long) t.column("quantity").orElseThrow().value(r);
        }
        assertThat(rows).as("quantities add up").isEqualTo(quantity);
    }

    @Test
    void monthBucketsWriteTheFirstOfTheMonthInTheFieldsWireFormat() {
        String azure = new PageBody(run("listAzureUsage", null, "meterCategory,usageDate", AggregationLevel.MONTH, null, 1, 0), "x").toJson();
        assertThat(azure).matches("\\{\"Value\":\\[\\{\"meterCategory\":\"[^\"]+\",\"usageDate\":\"\\d{4}-\\d{2}-01T00:00:00\",\"quantity\":\\d+}],.*");
        String search = new PageBody(run("listSearchAnalytics", null, "searchDate", AggregationLevel.WEEK, null, 1, 0), null).toJson();
        assertThat(search).matches("\\{\"Value\":\\[\\{\"searchDate\":\"\\d{4}-\\d{2}-\\d{2}\",\"searchResultPageViews\":\\d+,\"contactClicks\":\\d+,\"referralCount\":\\d+,\"profileViews\":\\d+}],.*");
    }

    @Test
    void nullDatesFormTheirOwnGroupWrittenAsNull() {
        String json = new PageBody(run("listSubscriptions", null, "deprovisionedDate", AggregationLevel.MONTH, null, 1, 0), null).toJson();
        assertThat(json).startsWith("{\"Value\":[{\"deprovisionedDate\":null,\"subscriptionCount\":\"");
    }

    @Test
    void orderbySortsRowsAndGroupsAndKeepsTiesInTableOrder() {
        Rows rows = (Rows) run("listAzureUsage", null, null, AggregationLevel.DAY, "meterCategory desc,usageDate", 10_000, 0);
        Table t = rows.table();
        for (int i = 1; i < rows.rows().length; i++) {
            int a = rows.rows()[i - 1];
            int b = rows.rows()[i];
            String ca = (String) t.column("meterCategory").orElseThrow().value(a);
            String cb = (String) t.column("meterCategory").orElseThrow().value(b);
            // meterCategory compares without regard to case (DEV-42)
            assertThat(SPEC.queryCapabilities("listAzureUsage").field("meterCategory").orElseThrow().comparison().compare(ca, cb))
                    .isGreaterThanOrEqualTo(0);
        }
        Groups g = (Groups) run("listIndirectResellers", null, "market", AggregationLevel.DAY, "subscriptionCount desc", 10_000, 0);
        for (int i = 1; i < g.values().length; i++) {
            assertThat(g.values()[i - 1][0]).isGreaterThanOrEqualTo(g.values()[i][0]);
        }
    }

    /** Small pages of a long ordering are selected, not sorted; they must be exactly the sorted ordering's pages. */
    @ParameterizedTest(name = "orderby {0}, top {1}, skip {2}")
    @CsvSource(delimiter = '|', value = {
            "meterCategory desc,usageDate | 1 | 0", "meterCategory desc,usageDate | 25 | 0", "usageDate desc | 100 | 40",
            "resourceLocation | 7 | 1400", "meterCategory,subscriptionId desc,usageDate | 300 | 900", "usageDate | 1499 | 0"})
    void aPageOfAnOrderingIsTheSameWhetherSelectedOrCutFromTheFullSort(String orderby, int top, int skip) {
        Rows full = (Rows) run("listAzureUsage", null, null, AggregationLevel.DAY, orderby, 10_000, 0);
        Rows page = (Rows) run("listAzureUsage", null, null, AggregationLevel.DAY, orderby, top, skip);
        assertThat(full.total()).isEqualTo(6_000).isGreaterThan(4 * (top + skip)); // the page takes the selection path

        assertThat(page.total()).isEqualTo(full.total());
        assertThat(page.rows()).containsExactly(Arrays.copyOfRange(full.rows(), skip, skip + top));
    }

    @ParameterizedTest(name = "top {0}")
    @CsvSource({"1", "7", "100", "999", "10000"})
    void walkingThePagesReturnsEveryMatchingRowOnce(int top) {
        String filter = "status ne 'DEPROVISIONED' and (customerMarket eq 'US' or customerMarket eq 'GB')";
        Set<Integer> seen = new HashSet<>();
        int total = -1;
        for (int skip = 0; ; skip += top) {
            Rows page = (Rows) run("listSubscriptions", filter, null, AggregationLevel.DAY, null, top, skip);
            total = page.total();
            for (int r : page.rows()) {
                assertThat(seen.add(r)).isTrue();
            }
            if (skip + page.pageSize() >= total) {
                break;
            }
            assertThat(page.pageSize()).isEqualTo(top);
        }
        assertThat(seen).hasSize(total);
        assertThat(total).isPositive();
    }

    @Test
    void theSentinelIsAnOrdinaryDateForFilters() {
        Rows never = (Rows) run("listIndirectResellers", "firstSubscriptionSuspendedDate eq cast('0001-01-01', Edm.DateTimeOffset)", null, AggregationLevel.DAY, null, 10_000, 0);
        Rows after = (Rows) run("listIndirectResellers", "firstSubscriptionSuspendedDate gt cast('2000-01-01', Edm.DateTimeOffset)", null, AggregationLevel.DAY, null, 10_000, 0);
        assertThat(never.total() + after.total()).isEqualTo(data.table("IndirectReseller").orElseThrow().size());
        assertThat(WireDates.format(WireDates.NEVER, WireDates.LOCAL)).isEqualTo("0001-01-01T00:00:00");
    }
}
