package com.partnercenter.analytics.query;

import com.partnercenter.analytics.query.FilterExpression.And;
import com.partnercenter.analytics.query.FilterExpression.Comparison;
import com.partnercenter.analytics.query.FilterExpression.Contains;
import com.partnercenter.analytics.query.FilterExpression.Or;
import com.partnercenter.analytics.query.Literal.BooleanLiteral;
import com.partnercenter.analytics.query.Literal.DateTimeLiteral;
import com.partnercenter.analytics.query.Literal.NullLiteral;
import com.partnercenter.analytics.query.Literal.NumberLiteral;
import com.partnercenter.analytics.query.Literal.StringLiteral;
import com.partnercenter.analytics.spec.FilterOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class FilterParserTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FilterOperator.class, names = "CONTAINS", mode = EnumSource.Mode.EXCLUDE)
    void everyComparisonOperatorParses(FilterOperator operator) {
        FilterExpression parsed = FilterParser.parse("licenseCount " + operator.token() + " 5");
        assertThat(parsed).isEqualTo(new Comparison("licenseCount", operator, new NumberLiteral(new BigDecimal("5"), 14 + operator.token().length()), 0, 13));
    }

    @Test
    void operatorsAndKeywordsAreCaseInsensitive() {
        assertThat(FilterParser.parse("autoRenewEnabled EQ TRUE Or status Ne 'X'").toFilterString())
                .isEqualTo("autoRenewEnabled eq true or status ne 'X'");
    }

    @Test
    void containsIsAFunctionWithAFieldAndAQuotedString() {
        assertThat(FilterParser.parse("contains(customerName,'Contoso')"))
                .isEqualTo(new Contains("customerName", new StringLiteral("Contoso", 22), 0));
        assertThat(FilterParser.parse("contains( customerName , 'A b' )").toFilterString()).isEqualTo("contains(customerName,'A b')");
    }

    @Test
    void andBindsTighterThanOr() {
        FilterExpression parsed = FilterParser.parse("a eq 1 or b eq 2 and c eq 3");
        assertThat(parsed).isInstanceOf(Or.class);
        Or or = (Or) parsed;
        assertThat(or.operands()).hasSize(2);
        assertThat(or.operands().get(1)).isInstanceOf(And.class);
    }

    @Test
    void parenthesesOverridePrecedenceAndArePrintedOnlyWhereNeeded() {
        FilterExpression parsed = FilterParser.parse("(a eq 1 or b eq 2) and ((c eq 3))");
        assertThat(parsed).isInstanceOf(And.class);
        assertThat(parsed.toFilterString()).isEqualTo("(a eq 1 or b eq 2) and c eq 3");
    }

    @Test
    void longChainsAreFlatNotDeep() {
        String text = String.join(" or ", java.util.Collections.nCopies(5000, "a eq 1"));
        FilterExpression parsed = FilterParser.parse(text);
        assertThat(((Or) parsed).operands()).hasSize(5000);
    }

    @Test
    void aQuoteInsideAStringIsDoubled() {
        FilterExpression parsed = FilterParser.parse("customerName eq 'O''Brien''s'");
        assertThat(((Comparison) parsed).value()).isEqualTo(new StringLiteral("O'Brien's", 16));
        assertThat(parsed.toFilterString()).isEqualTo("customerName eq 'O''Brien''s'");
    }

    @Test
    void stringsKeepSpacesKeywordsAndNonAsciiText() {
        FilterExpression parsed = FilterParser.parse("customerName eq ' and or eq Müller 東京 '");
        assertThat(((StringLiteral) ((Comparison) parsed).value()).value()).isEqualTo(" and or eq Müller 東京 ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "usageDate le cast('2018-01-01', Edm.DateTimeOffset)|2018-01-01T00:00Z",
            "usageDate le cast('2018-01-01',Edm.DateTimeOffset)|2018-01-01T00:00Z",
            "usageDate le cast('2018-01-01T10:20:30.5', Edm.DateTimeOffset)|2018-01-01T10:20:30.5Z",
            "usageDate le cast('2018-01-01T10:20:30+02:00', Edm.DateTimeOffset)|2018-01-01T08:20:30Z",
            "usageDate le 2018-01-01|2018-01-01T00:00Z",
            "usageDate le 2018-01-01T10:20:30Z|2018-01-01T10:20:30Z"})
    void datesAreReadInEveryDocumentedForm(String text, String expected) {
        Literal value = ((Comparison) FilterParser.parse(text)).value();
        assertThat(value).isInstanceOf(DateTimeLiteral.class);
        assertThat(((DateTimeLiteral) value).value()).isEqualTo(OffsetDateTime.parse(expected));
    }

    @Test
    void booleansNumbersAndNullAreLiterals() {
        assertThat(((Comparison) FilterParser.parse("x eq false")).value()).isEqualTo(new BooleanLiteral(false, 5));
        assertThat(((Comparison) FilterParser.parse("x gt -12.5")).value()).isEqualTo(new NumberLiteral(new BigDecimal("-12.5"), 5));
        assertThat(((Comparison) FilterParser.parse("x eq null")).value()).isEqualTo(new NullLiteral(5));
    }

    @ParameterizedTest(name = "[{0}] fails at {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            "customerName eq 'Contoso|17|unterminated string",
            "(a eq 1|8|unbalanced '(' opened at position 1",
            "a eq 1)|7|unbalanced ')'",
            "a eq|5|the filter ends where a value was expected",
            "a|2|expected an operator",
            "a like 'x'|3|unknown operator 'like'",
            "a contains 'x'|3|contains is a function",
            "a eq 1 and|11|the filter ends where a condition was expected",
            "a eq Contoso|6|a bare word is not a value",
            "a eq 1 b eq 2|8|expected 'and', 'or' or the end",
            "not a eq 1|1|'not' is not supported",
            "a eq 12abc|6|neither a number nor a date",
            "a eq cast('yesterday', Edm.DateTimeOffset)|11|'yesterday' is not a valid date",
            "a eq cast('2018-01-01', Edm.String)|25|only cast(..., Edm.DateTimeOffset)",
            "a eq 2018-02-30|6|not a valid date",
            "contains(a, 5)|13|contains takes a quoted string",
            "a eq 'x' ; b eq 'y'|10|unexpected character ';'",
            "eq eq 1|1|expected a field name, found the keyword"})
    void syntaxErrorsNameTheirPosition(String text, int position, String reason) {
        QuerySyntaxException error = catchThrowableOfType(QuerySyntaxException.class, () -> FilterParser.parse(text));
        assertThat(error).as("error for %s", text).isNotNull();
        assertThat(error.position() + 1).as(error.getMessage()).isEqualTo(position);
        assertThat(error.getMessage()).startsWith("Invalid filter at position " + position).contains(reason);
        assertThat(error.parameter()).isEqualTo("filter");
    }

    @Test
    void controlCharactersOutsideStringsAreRejectedByCodePoint() {
        assertThatThrownBy(() -> FilterParser.parse("a eq 1\u0007"))
                .isInstanceOf(QuerySyntaxException.class).hasMessageContaining("control character U+0007");
    }

    @Test
    void tenThousandNestedParenthesesFailCleanlyInsteadOfOverflowingTheStack() {
        String text = "(".repeat(10_000) + "a eq 1" + ")".repeat(10_000);
        assertThatThrownBy(() -> FilterParser.parse(text))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessageContaining("parentheses nest deeper than " + FilterParser.MAX_DEPTH);
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String text = "(".repeat(FilterParser.MAX_DEPTH) + "a eq 1" + ")".repeat(FilterParser.MAX_DEPTH);
        assertThat(FilterParser.parse(text).toFilterString()).isEqualTo("a eq 1");
    }

    @Test
    void aFilterLongerThanTheLimitIsRejected() {
        String text = "a eq '" + "x".repeat(FilterParser.MAX_LENGTH) + "'";
        assertThatThrownBy(() -> FilterParser.parse(text)).hasMessageContaining("longer than 65536 characters");
    }

    @Test
    void emptyFiltersAreRejected() {
        assertThatThrownBy(() -> FilterParser.parse("   ")).hasMessageContaining("the filter is empty");
    }
}
