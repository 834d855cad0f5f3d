package com.partnercenter.analytics.query;

import com.partnercenter.analytics.query.FilterExpression.Comparison;
import com.partnercenter.analytics.query.Literal.DateTimeLiteral;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.spec.FieldCapability;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QueryValidatorTest {
    private final QueryValidator subscriptions = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listSubscriptions"));
    private final QueryValidator azure = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listAzureUsage"));
    private final QueryValidator resellers = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listIndirectResellers"));

    @Test
    void theDocumentedExamplesAreValid() {
        assertThat(subscriptions.filter("autoRenewEnabled eq true and customerMarket eq 'US'").toFilterString())
                .isEqualTo("autoRenewEnabled eq true and customerMarket eq 'US'");
        assertThat(azure.filter("meterCategory eq 'Data Management' or (usageDate le cast('2018-01-01', Edm.DateTimeOffset) and usageDate le cast('2018-04-01', Edm.DateTimeOffset))"))
                .isNotNull();
        assertThat(resellers.filter("market eq 'US'")).isNotNull();
    }

    @Test
    void fieldNamesAreCanonicalisedAsTheSpecSpellsThem() {
        assertThat(resellers.filter("Name eq 'RESELLER NAME'").toFilterString()).isEqualTo("name eq 'RESELLER NAME'");
        assertThat(azure.filter("CustomerTenantId eq 'X'").toFilterString()).isEqualTo("customerTenantId eq 'X'");
    }

    @Test
    void anUnknownFieldIsNamedWithItsPositionAndTheFilterableFields() {
        assertThatThrownBy(() -> subscriptions.filter("customerMarket eq 'US' and colour eq 'red'"))
                .isInstanceOf(QueryValidationException.class)
                .hasMessageStartingWith("Invalid filter at position 28 ('colour'): unknown field 'colour'. Filterable fields: customerTenantId,");
    }

    @Test
    void aDisallowedOperatorNamesTheFieldAndTheAllowedOperators() {
        assertThatThrownBy(() -> subscriptions.filter("customerMarket gt 'US'"))
                .isInstanceOf(QueryValidationException.class)
                .hasMessage("Invalid filter at position 16 ('gt'): operator 'gt' is not allowed for field 'customerMarket' (allowed: eq, ne).");
        assertThatThrownBy(() -> subscriptions.filter("customerName eq 'Contoso'"))
                .hasMessageContaining("operator 'eq' is not allowed for field 'customerName' (allowed: contains)");
        assertThatThrownBy(() -> subscriptions.filter("contains(customerMarket,'U')"))
                .hasMessageContaining("operator 'contains' is not allowed for field 'customerMarket' (allowed: eq, ne)");
    }

    @Test
    void aggregateCountsCannotBeFiltered() {
        assertThatThrownBy(() -> subscriptions.filter("licenseCount gt 5"))
                .hasMessageContaining("field 'licenseCount' cannot be filtered (it is an aggregate count of grouped rows)");
    }

    @Test
    void literalsMustFitTheFieldType() {
        assertThatThrownBy(() -> subscriptions.filter("autoRenewEnabled eq 'maybe'"))
                .hasMessageContaining("position 21").hasMessageContaining("is a boolean");
        assertThatThrownBy(() -> subscriptions.filter("customerMarket eq 5"))
                .hasMessageContaining("is a string: quote the value, e.g. '5'");
        assertThatThrownBy(() -> subscriptions.filter("creationDate ge 'last year'"))
                .hasMessageContaining("'last year' is not a date");
        assertThatThrownBy(() -> subscriptions.filter("creationDate gt null"))
                .hasMessageContaining("null can only be compared with eq or ne");
    }

    @Test
    void quotedDatesOnDateFieldsBecomeDateTimes() {
        Comparison comparison = (Comparison) subscriptions.filter("creationDate ge '2018-01-01'");
        assertThat(comparison.value()).isInstanceOf(DateTimeLiteral.class);
        assertThat(((DateTimeLiteral) comparison.value()).value()).isEqualTo(OffsetDateTime.parse("2018-01-01T00:00Z"));
    }

    @Test
    void theDslBuildsValidFilters() {
        FilterExpression built = Filters.field("customerMarket").eq("US")
                .and(Filters.contains("customerName", "O'Brien"))
                .and(Filters.field("creationDate").ge(LocalDate.of(2018, 1, 1)));
        assertThat(subscriptions.filter(built).toFilterString()).isEqualTo(
                "customerMarket eq 'US' and contains(customerName,'O''Brien') and creationDate ge cast('2018-01-01', Edm.DateTimeOffset)");
    }

    @Test
    void groupByReturnsTheFieldsInOrderAndAcceptsDocumentedSpellings() {
        assertThat(subscriptions.groupBy("subscriptionType, creationDate")).extracting(FieldCapability::name)
                .containsExactly("subscriptionType", "creationDate");
        assertThat(resellers.groupBy("Name,market")).extracting(FieldCapability::name).containsExactly("name", "market");
        assertThat(subscriptions.groupBy("")).isEmpty();
    }

    @Test
    void groupByErrorsNameTheEntryAndWhatIsAllowed() {
        assertThatThrownBy(() -> resellers.groupBy("ageGroup,market"))
                .hasMessageStartingWith("Invalid groupby at position 1 ('ageGroup'): unknown field 'ageGroup'. Groupable fields: partnerTenantId,");
        assertThatThrownBy(() -> subscriptions.groupBy("subscriptionType,licenseCount"))
                .hasMessageContaining("position 18").hasMessageContaining("cannot be grouped (it is an aggregate count");
        assertThatThrownBy(() -> subscriptions.groupBy("status,,id")).hasMessageContaining("position 8").hasMessageContaining("empty entry");
        assertThatThrownBy(() -> subscriptions.groupBy("status,status")).hasMessageContaining("listed twice");
    }

    @Test
    void orderByTakesDirectionsOnlyWhereTheOperationDocumentsIt() {
        assertThat(resellers.orderBy("market, subscriptionCount desc")).extracting(QueryValidator.SortKey::toOrderByString)
                .containsExactly("market", "subscriptionCount desc");
        assertThatThrownBy(() -> subscriptions.orderBy("customerName")).hasMessageContaining("does not support orderby");
        assertThatThrownBy(() -> azure.orderBy("meterCategory upward")).hasMessageContaining("sort order must be asc or desc");
        assertThatThrownBy(() -> azure.orderBy("quantity")).hasMessageContaining("'quantity' cannot be used in orderby");
    }

    @Test
    void aggregationLevelsAreTheDocumentedThree() {
        assertThat(subscriptions.aggregationLevel("Month")).isEqualTo(AggregationLevel.MONTH);
        assertThatThrownBy(() -> subscriptions.aggregationLevel("dateRange")).hasMessageContaining("must be one of day, week, month");
        QueryValidator deployments = new QueryValidator(AnalyticsSpec.bundled().queryCapabilities("listLicenseDeployments"));
        assertThatThrownBy(() -> deployments.aggregationLevel("day")).hasMessageContaining("does not support aggregationLevel");
    }
}
