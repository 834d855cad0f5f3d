package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.json.JsonOut;
import com.partnercenter.analytics.stub.json.WireDates;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class DatasetGeneratorTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static Dataset defaults;

    @BeforeAll
    static void generateDefaults() {
        defaults = new DatasetGenerator(SPEC, DatasetSettings.scaled(42, 1.0)).generate();
    }

    private static DatasetSettings small(long seed) {
        return new DatasetSettings(seed, DatasetSettings.DEFAULT_AS_OF, 50, 600, 2_000, 6, 300, 200);
    }

    static String dump(Dataset d) {
        JsonOut out = new JsonOut();
        d.tables().forEach((name, t) -> {
            out.ascii(name);
            int[] rows = new int[t.size()];
            for (int i = 0; i < rows.length; i++) {
                rows[i] = i;
            }
            com.partnercenter.analytics.stub.web.RowWriter.writeRows(out, t, rows, null);
        });
        return new String(out.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void theSameSeedGivesTheSameDataAndAnotherSeedOtherData() {
        String a = dump(new DatasetGenerator(SPEC, small(7)).generate());
        String b = dump(new DatasetGenerator(SPEC, small(7)).generate());
        String c = dump(new DatasetGenerator(SPEC, small(8)).generate());
        assertThat(a).isEqualTo(b);
        assertThat(a).isNotEqualTo(c);
    }

    @Test
    void onlySubscriptionsAreBuiltBeforeTheGateOpensAndTheDataIsTheSameAfterwards() throws Exception {
        java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
        Dataset deferred = new DatasetGenerator(SPEC, small(7)).generate(gate);

        assertThat(deferred.table("Subscription").orElseThrow().size()).isEqualTo(600);
        Thread.sleep(200); // time enough to build 2,500 rows many times over, were they allowed to start
        assertThat(deferred.allTables()).isNotDone();

        gate.complete(null);
        deferred.allTables().get(30, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(dump(deferred)).isEqualTo(dump(new DatasetGenerator(SPEC, small(7)).generate()));
    }

    @Test
    void defaultSizesMeetTheMinimums() {
        assertThat(defaults.table("Subscription").orElseThrow().size()).isEqualTo(20_000);
        assertThat(defaults.table("AzureUsage").orElseThrow().size()).isEqualTo(100_000);
        StringColumn customers = (StringColumn) defaults.table("Subscription").orElseThrow().column("customerTenantId").orElseThrow();
        assertThat(customers.dictionary().size()).isEqualTo(2_000);
        assertThat(defaults.customerCount()).isEqualTo(2_000);
        for (Table t : defaults.tables().values()) {
            assertThat(t.size()).as(t.name()).isPositive();
        }
    }

    @Test
    void everyResourceUsesTheSameCustomersAndSubscriptions() {
        Table subs = defaults.table("Subscription").orElseThrow();
        Map<String, String> customerOfSubscription = new HashMap<>();
        Map<String, String> typeOfSubscription = new HashMap<>();
        Map<String, String> nameOfCustomer = new HashMap<>();
        for (int r = 0; r < subs.size(); r++) {
            customerOfSubscription.put(s(subs, "id", r), s(subs, "customerTenantId", r));
            typeOfSubscription.put(s(subs, "id", r), s(subs, "subscriptionType", r));
            nameOfCustomer.put(s(subs, "customerTenantId", r), s(subs, "customerName", r));
        }
        Table azure = defaults.table("AzureUsage").orElseThrow();
        Set<String> seen = new HashSet<>();
        for (int r = 0; r < azure.size(); r++) {
            String sub = s(azure, "subscriptionId", r);
            assertThat(typeOfSubscription.get(sub)).isEqualTo("Azure");
            assertThat(customerOfSubscription.get(sub)).isEqualTo(s(azure, "customerTenantId", r));
            assertThat(nameOfCustomer.get(s(azure, "customerTenantId", r))).isEqualTo(s(azure, "customerName", r));
            String key = sub + "|" + s(azure, "meterCategory", r) + "|" + s(azure, "meterSubcategory", r) + "|" + d(azure, "usageDate", r);
            assertThat(seen.add(key)).as("one row per subscription, meter and day: %s", key).isTrue();
        }
        for (String name : new String[]{"LicenseDeployment", "LicenseUsage"}) {
            Table t = defaults.table(name).orElseThrow();
            for (int r = 0; r < t.size(); r++) {
                assertThat(nameOfCustomer.get(s(t, "customerTenantId", r))).isEqualTo(s(t, "customerName", r));
            }
        }
    }

    @Test
    void licenseRowsAddUpTheCustomersLiveSubscriptions() {
        Table subs = defaults.table("Subscription").orElseThrow();
        Map<String, Long> expected = new HashMap<>();
        for (int r = 0; r < subs.size(); r++) {
            String type = s(subs, "subscriptionType", r);
            if (!"DEPROVISIONED".equals(s(subs, "status", r)) && !type.equals("Azure") && !type.equals("UNKNOWN")) {
                expected.merge(s(subs, "customerTenantId", r) + "|" + s(subs, "productName", r), l(subs, "licenseCount", r), Long::sum);
            }
        }
        Table dep = defaults.table("LicenseDeployment").orElseThrow();
        Map<String, Long> actual = new HashMap<>();
        for (int r = 0; r < dep.size(); r++) {
            actual.put(s(dep, "customerTenantId", r) + "|" + s(dep, "productName", r), l(dep, "licensesSold", r));
            assertThat(l(dep, "licensesDeployed", r)).isBetween(0L, l(dep, "licensesSold", r));
        }
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void resellerCountsAddUpTheSubscriptionsSoldThroughThem() {
        Table subs = defaults.table("Subscription").orElseThrow();
        Map<String, Long> count = new HashMap<>();
        Map<String, Long> licenses = new HashMap<>();
        for (int r = 0; r < subs.size(); r++) {
            if (!s(subs, "providerName", r).isEmpty()) {
                count.merge(s(subs, "partnerName", r), 1L, Long::sum);
                licenses.merge(s(subs, "partnerName", r), l(subs, "licenseCount", r), Long::sum);
            }
        }
        Table resellers = defaults.table("IndirectReseller").orElseThrow();
        long total = 0;
        for (int r = 0; r < resellers.size(); r++) {
            String name = s(resellers, "name", r);
            assertThat(l(resellers, "subscriptionCount", r)).as(name).isEqualTo(count.getOrDefault(name, 0L));
            assertThat(l(resellers, "licenseCount", r)).as(name).isEqualTo(licenses.getOrDefault(name, 0L));
            total += l(resellers, "subscriptionCount", r);
        }
        assertThat(total).isPositive();
    }

    @Test
    void dataHasTheServicesValuesNullsAndSentinelsAndSpansYears() {
        Table subs = defaults.table("Subscription").orElseThrow();
        Set<String> types = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        int nullDeprovisioned = 0;
        for (int r = 0; r < subs.size(); r++) {
            types.add(s(subs, "subscriptionType", r));
            statuses.add(s(subs, "status", r));
            long created = d(subs, "creationDate", r);
            min = Math.min(min, created);
            max = Math.max(max, created);
            boolean deprovisioned = "DEPROVISIONED".equals(s(subs, "status", r));
            assertThat(subs.column("deprovisionedDate").orElseThrow().isNull(r)).isEqualTo(!deprovisioned);
            if (!deprovisioned) {
                nullDeprovisioned++;
            }
            if ("Azure".equals(s(subs, "subscriptionType", r))) {
                assertThat(subs.column("commitmentEndDate").orElseThrow().isNull(r)).isTrue();
            }
        }
        assertThat(types).contains("Office", "Azure", "Microsoft365", "Dynamics", "EMS", "M365", "UNKNOWN", "Windows");
        assertThat(statuses).containsExactlyInAnyOrder("ACTIVE", "SUSPENDED", "DEPROVISIONED");
        assertThat(nullDeprovisioned).isPositive();
        assertThat(max - min).isGreaterThan(2L * 365 * 86_400_000L);
        assertThat(max).isLessThanOrEqualTo(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());

        Table resellers = defaults.table("IndirectReseller").orElseThrow();
        boolean sentinel = false;
        for (int r = 0; r < resellers.size(); r++) {
            sentinel |= d(resellers, "firstSubscriptionSuspendedDate", r) == WireDates.NEVER
                    || d(resellers, "latestSubscriptionDeprovisionedEndDate", r) == WireDates.NEVER;
        }
        assertThat(sentinel).as("some reseller has a never-happened date").isTrue();
        assertThat(resellers.column("latestSubscriptionDeprovisionedDate")).as("rows carry the wire key only").isEmpty();
        assertThat(defaults.table("LicenseUsage").orElseThrow().column("licenseActive")).isPresent();
    }

    static String s(Table t, String key, int row) {
        return (String) t.column(key).orElseThrow().value(row);
    }

    static long l(Table t, String key, int row) {
        return (Long) t.column(key).orElseThrow().value(row);
    }

    static long d(Table t, String key, int row) {
        return ((DateColumn) t.column(key).orElseThrow()).get(row);
    }
}
