package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.query.QueryException;
import com.partnercenter.analytics.query.QuerySyntaxException;
import com.partnercenter.analytics.query.QueryValidationException;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.QueryCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The typed query: correct text for the service, checked against the spec's capability matrix before sending. */
class QueryBuilderTest extends WireMockClientTest {
    private static final QueryCapabilities SUBSCRIPTIONS = AnalyticsSpec.bundled().queryCapabilities("listSubscriptions");
    private static final QueryCapabilities AZURE = AnalyticsSpec.bundled().queryCapabilities("listAzureUsage");

    @AfterEach
    void nothingWasSent() {
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).as("a rejected query never reaches the service").isEmpty();
    }

    @Test
    void quotesAreDoubledInsideStringLiterals() {
        Map<String, String> p = AnalyticsQuery.builder().filter(Filters.contains("customerName", "O'Brien's")).build()
                .toParameters(SUBSCRIPTIONS);

        assertThat(p).containsExactly(Map.entry("filter", "contains(customerName,'O''Brien''s')"));
    }

    @Test
    void andOrAndParenthesesComeOutWithTheRightPrecedence() {
        var filter = Filters.field("customerMarket").eq("US").or(Filters.field("customerMarket").eq("GB"))
                .and(Filters.field("autoRenewEnabled").eq(false));

        assertThat(AnalyticsQuery.builder().filter(filter).build().toParameters(SUBSCRIPTIONS).get("filter"))
                .isEqualTo("(customerMarket eq 'US' or customerMarket eq 'GB') and autoRenewEnabled eq false");
    }

    @Test
    void datesBecomeDateTimeOffsetCastsInUtc() {
        var filter = Filters.field("creationDate").ge(LocalDate.of(2018, 1, 1))
                .and(Filters.field("creationDate").lt(OffsetDateTime.parse("2018-04-01T12:30:00+02:00")));

        assertThat(AnalyticsQuery.builder().filter(filter).build().toParameters(SUBSCRIPTIONS).get("filter"))
                .isEqualTo("creationDate ge cast('2018-01-01', Edm.DateTimeOffset) and creationDate lt cast('2018-04-01T10:30:00', Edm.DateTimeOffset)");
    }

    @Test
    void filterTextIsParsedAndCanonicalised() {
        Map<String, String> p = AnalyticsQuery.builder().filter("AUTORENEWENABLED eq true and (customerMarket eq 'US')").build()
                .toParameters(SUBSCRIPTIONS);

        assertThat(p.get("filter")).isEqualTo("autoRenewEnabled eq true and customerMarket eq 'US'");
    }

    @Test
    void everyParameterComesOutInAFixedOrder() {
        Map<String, String> p = AnalyticsQuery.builder()
                .filter(Filters.field("meterCategory").eq("Virtual Machines"))
                .groupBy("meterCategory", "usageDate").aggregationLevel(AggregationLevel.MONTH)
                .orderBy("meterCategory").orderByDescending("usageDate")
                .top(500).skip(1000)
                .startDate(LocalDate.of(2018, 5, 1)).endDate(LocalDate.of(2018, 5, 31))
                .build().toParameters(AZURE);

        assertThat(p).containsExactly(
                Map.entry("filter", "meterCategory eq 'Virtual Machines'"),
                Map.entry("groupby", "meterCategory,usageDate"),
                Map.entry("aggregationLevel", "month"),
                Map.entry("orderby", "meterCategory,usageDate desc"),
                Map.entry("top", "500"),
                Map.entry("skip", "1000"),
                Map.entry("startDate", "2018-05-01T00:00:00"),
                Map.entry("endDate", "2018-05-31T00:00:00"));
    }

    @Test
    void aDisallowedOperatorFailsFastNamingTheFieldAndTheAllowedOperators() {
        AnalyticsQuery query = AnalyticsQuery.builder().filter(Filters.field("customerMarket").gt("US")).build();

        QueryValidationException e = catchThrowableOfType(QueryValidationException.class, () -> client.subscriptions().list(query));

        assertThat(e.parameter()).isEqualTo("filter");
        assertThat(e.getMessage()).contains("'gt'", "customerMarket", "allowed: eq, ne");
    }

    @Test
    void containsOnAFieldThatOnlyTakesEqualityFails() {
        AnalyticsQuery query = AnalyticsQuery.builder().filter(Filters.contains("customerMarket", "U")).build();

        assertThatThrownBy(() -> client.subscriptions().list(query)).isInstanceOf(QueryValidationException.class)
                .hasMessageContaining("'contains' is not allowed for field 'customerMarket' (allowed: eq, ne)");
    }

    @Test
    void equalityOnAContainsOnlyFieldFails() {
        AnalyticsQuery query = AnalyticsQuery.builder().filter(Filters.field("customerName").eq("Contoso")).build();

        assertThatThrownBy(() -> client.subscriptions().listAll(query)).isInstanceOf(QueryValidationException.class)
                .hasMessageContaining("customerName").hasMessageContaining("allowed: contains");
    }

    @Test
    void anUnknownFieldFailsListingTheFilterableFields() {
        AnalyticsQuery query = AnalyticsQuery.builder().filter(Filters.field("colour").eq("red")).build();

        assertThatThrownBy(() -> client.subscriptions().list(query)).isInstanceOf(QueryValidationException.class)
                .hasMessageContaining("unknown field 'colour'").hasMessageContaining("customerMarket");
    }

    @Test
    void groupByAndOrderByFieldsAreChecked() {
        assertThatThrownBy(() -> client.indirectResellers().list(AnalyticsQuery.builder().groupBy("ageGroup").build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("groupby").hasMessageContaining("ageGroup");
        assertThatThrownBy(() -> client.subscriptions().list(AnalyticsQuery.builder().groupBy("licenseCount").build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("cannot be grouped");
        assertThatThrownBy(() -> client.azureUsage().list(AnalyticsQuery.builder().orderBy("quantity").build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("cannot be used in orderby");
    }

    @Test
    void parametersAnOperationDoesNotTakeAreRejected() {
        assertThatThrownBy(() -> client.subscriptions().list(AnalyticsQuery.builder().orderBy("customerName").build()))
                .isInstanceOf(QueryException.class).hasMessageContaining("orderby");
        assertThatThrownBy(() -> client.subscriptions().list(AnalyticsQuery.builder().processedDateTime(LocalDate.of(2020, 1, 1)).build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("does not take 'processedDateTime'");
        assertThatThrownBy(() -> client.licenseUsage().list(AnalyticsQuery.builder().groupBy("channel").aggregationLevel(AggregationLevel.DAY).build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("aggregationLevel");
    }

    @Test
    void aggregationLevelWithoutGroupByIsRejected() {
        assertThatThrownBy(() -> client.subscriptions().list(AnalyticsQuery.builder().aggregationLevel(AggregationLevel.WEEK).build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("needs a groupby");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        assertThatThrownBy(() -> client.subscriptions().list(AnalyticsQuery.builder().filter(Filters.field("autoRenewEnabled").eq("maybe")).build()))
                .isInstanceOf(QueryValidationException.class).hasMessageContaining("boolean");
    }

    @Test
    void filterTextWithASyntaxErrorFailsWhenTheQueryIsBuilt() {
        assertThatThrownBy(() -> AnalyticsQuery.builder().filter("customerMarket eq 'US"))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("position");
    }

    @Test
    void topAndSkipAreBounded() {
        assertThatThrownBy(() -> AnalyticsQuery.builder().top(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AnalyticsQuery.builder().top(10001)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10000");
        assertThatThrownBy(() -> AnalyticsQuery.builder().skip(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void queriesAreValuesAndToBuilderCopies() {
        AnalyticsQuery a = AnalyticsQuery.builder().groupBy("status").top(5).build();
        AnalyticsQuery b = a.toBuilder().skip(5).build();

        assertThat(a).isEqualTo(AnalyticsQuery.builder().groupBy("status").top(5).build());
        assertThat(b.skip()).hasValue(5);
        assertThat(a.skip()).isEmpty();
        assertThat(b.groupBy()).containsExactly("status");
    }
}
