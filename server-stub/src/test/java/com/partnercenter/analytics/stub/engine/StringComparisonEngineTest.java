package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.stub.data.DataFiles;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.StringColumn;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.engine.QueryResult.Groups;
import com.partnercenter.analytics.stub.engine.QueryResult.Rows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * DEV-42 in the engine: each string field compares as its {@code compare} says, in filters ({@code eq}, {@code ne},
 * {@code contains}), {@code groupby} keys and {@code orderby}, over data that mixes letter case.
 */
class StringComparisonEngineTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();
    private static final QueryCapabilities SUBSCRIPTIONS = SPEC.queryCapabilities("listSubscriptions");
    private static final QueryCapabilities AZURE = SPEC.queryCapabilities("listAzureUsage");
    private static final QueryCapabilities DEPLOYMENTS = SPEC.queryCapabilities("listLicenseDeployments");

    private static final Table SUBS = table("Subscription",
            "{\"customerTenantId\":\"0112A436-B14E-4888-967B-CA4BB2CF1234\",\"customerName\":\"Contoso Ltd\",\"customerMarket\":\"US\",\"id\":\"S0\",\"subscriptionType\":\"Azure\",\"licenseCount\":1}",
            "{\"customerTenantId\":\"0112a436-b14e-4888-967b-ca4bb2cf1234\",\"customerName\":\"CONTOSO LTD\",\"customerMarket\":\"us\",\"id\":\"S1\",\"subscriptionType\":\"azure\",\"licenseCount\":2}",
            "{\"customerTenantId\":\"76906668-27FC-4F5B-A35C-75A9823E13AF\",\"customerName\":\"Fabrikam\",\"customerMarket\":\"GB\",\"id\":\"S2\",\"subscriptionType\":\"Office\",\"licenseCount\":4}",
            "{\"customerTenantId\":\"76906668-27fc-4f5b-a35c-75a9823e13af\",\"customerName\":\"fabrikam gmbh\",\"customerMarket\":\"gb\",\"id\":\"S3\",\"subscriptionType\":\"Azure\",\"licenseCount\":8}");
    /** Only upper-case GUIDs: the already-folded case, served from the dictionary's own index. */
    private static final Table LICENSES = table("LicenseDeployment",
            "{\"serviceCode\":\"o365\",\"serviceName\":\"Office 365\",\"channel\":\"reseller\",\"customerTenantId\":\"0112A436-B14E-4888-967B-CA4BB2CF1234\",\"customerName\":\"Contoso\",\"productId\":\"P1\",\"productName\":\"OFFICE 365 E3\",\"licensesDeployed\":1,\"licensesSold\":2,\"processedDateTime\":\"2018-10-14T00:00:00\"}",
            "{\"serviceCode\":\"crm\",\"serviceName\":\"Dynamics\",\"channel\":\"direct\",\"customerTenantId\":\"76906668-27FC-4F5B-A35C-75A9823E13AF\",\"customerName\":\"Fabrikam\",\"productId\":\"P2\",\"productName\":\"DYNAMICS 365\",\"licensesDeployed\":1,\"licensesSold\":1,\"processedDateTime\":\"2018-10-14T00:00:00\"}");
    private static final Table USAGE = table("AzureUsage",
            "{\"customerTenantId\":\"A\",\"meterCategory\":\"cherry\",\"usageDate\":\"2018-05-27T00:00:00\",\"quantity\":1}",
            "{\"customerTenantId\":\"A\",\"meterCategory\":\"Banana\",\"usageDate\":\"2018-05-27T00:00:00\",\"quantity\":1}",
            "{\"customerTenantId\":\"A\",\"meterCategory\":\"apple\",\"usageDate\":\"2018-05-27T00:00:00\",\"quantity\":1}",
            "{\"customerTenantId\":\"A\",\"meterCategory\":\"BANANA\",\"usageDate\":\"2018-05-27T00:00:00\",\"quantity\":1}");

    private static Table table(String schema, String... rows) {
        try {
            Path file = Files.createTempFile(schema, ".jsonl");
            Files.writeString(file, String.join("\n", rows));
            Table t = DataFiles.read(RowSchema.read(SPEC, schema), file);
            Files.delete(file);
            return t;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static QueryResult run(Table table, QueryCapabilities caps, String filter, String groupby, String orderby) {
        QueryValidator v = new QueryValidator(caps);
        return QueryEngine.run(table, caps, new Query(filter == null ? null : v.filter(filter), v.groupBy(groupby), AggregationLevel.DAY,
                orderby == null ? List.of() : v.orderBy(orderby), 10_000, 0));
    }

    private static List<String> values(Table table, QueryResult result, String column) {
        List<String> out = new ArrayList<>();
        for (int r : ((Rows) result).rows()) {
            out.add((String) table.column(column).orElseThrow().value(r));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // GUIDs have no case
            "customerTenantId eq '0112a436-b14e-4888-967b-ca4bb2cf1234'  | S0,S1",
            "customerTenantId eq '0112A436-B14E-4888-967B-CA4BB2CF1234'  | S0,S1",
            "customerTenantId ne '0112A436-b14e-4888-967B-CA4BB2CF1234'  | S2,S3",
            "customerMarket eq 'Us'                                      | S0,S1",
            "id eq 's2'                                                  | S2",
            // contains without regard to case
            "contains(customerName,'contoso')                            | S0,S1",
            "contains(customerName,'FABRIKAM')                           | S2,S3",
            // subscriptionType is case-sensitive, as documented
            "subscriptionType eq 'Azure'                                 | S0,S3",
            "subscriptionType eq 'azure'                                 | S1",
            "subscriptionType eq 'AZURE'                                 | ''",
            "subscriptionType ne 'Azure'                                 | S1,S2",
    })
    void filtersCompareAsTheFieldSays(String filter, String expected) {
        List<String> ids = values(SUBS, run(SUBS, SUBSCRIPTIONS, filter, null, null), "id");
        assertThat(String.join(",", ids)).isEqualTo(expected);
    }

    @Test
    void theDocumentationsLicenseFiltersMatchItsLowerCaseData() {
        assertThat(run(LICENSES, DEPLOYMENTS, "serviceCode eq 'O365'", null, null).total()).isEqualTo(1);
        assertThat(run(LICENSES, DEPLOYMENTS, "serviceCode eq 'O365' or (channel eq 'Reseller')", null, null).total()).isEqualTo(1);
        assertThat(run(LICENSES, DEPLOYMENTS, "customerTenantId eq '0112a436-b14e-4888-967b-ca4bb2cf1234'", null, null).total()).isEqualTo(1);
        assertThat(run(LICENSES, DEPLOYMENTS, "customerTenantId ne '0112a436-b14e-4888-967b-ca4bb2cf1234'", null, null).total()).isEqualTo(1);
    }

    @Test
    void groupbyPutsValuesThatDifferOnlyInCaseInOneGroupUnlessTheFieldIsCaseSensitive() {
        Groups markets = (Groups) run(SUBS, SUBSCRIPTIONS, null, "customerMarket", null);
        assertThat(markets.total()).isEqualTo(2); // GB/gb, US/us
        Groups tenants = (Groups) run(SUBS, SUBSCRIPTIONS, null, "customerTenantId", null);
        assertThat(tenants.total()).isEqualTo(2); // the two spellings of 0112A436-..., of 76906668-...
        long sumOfFirstTenant = 0;
        for (int g = 0; g < tenants.keys().length; g++) {
            long key = tenants.keys()[g][0];
            if (key != Groups.NULL_KEY && ((StringColumn) SUBS.column("customerTenantId").orElseThrow()).dictionary()
                    .value((int) key).equalsIgnoreCase("0112A436-B14E-4888-967B-CA4BB2CF1234")) {
                sumOfFirstTenant = tenants.values()[g][1]; // licenseCount
            }
        }
        assertThat(sumOfFirstTenant).isEqualTo(3);
        Groups types = (Groups) run(SUBS, SUBSCRIPTIONS, null, "subscriptionType", null);
        assertThat(types.total()).isEqualTo(3); // Azure, azure, Office
    }

    @Test
    void orderbySortsWithoutRegardToCaseAndKeepsTiesInTableOrder() {
        assertThat(values(USAGE, run(USAGE, AZURE, null, null, "meterCategory"), "meterCategory"))
                .containsExactly("apple", "Banana", "BANANA", "cherry");
        assertThat(values(USAGE, run(USAGE, AZURE, null, null, "meterCategory desc"), "meterCategory"))
                .containsExactly("cherry", "Banana", "BANANA", "apple");
        Groups g = (Groups) run(USAGE, AZURE, null, "meterCategory", null);
        assertThat(g.total()).isEqualTo(3);
        assertThat(java.util.Arrays.stream(g.values()).map(v -> v[0])).containsExactly(1L, 2L, 1L); // apple, banana (both), cherry
    }
}
