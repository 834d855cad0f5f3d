package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.query.QueryValidator;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.engine.QueryResult.Rows;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import static com.partnercenter.analytics.stub.engine.EngineFixture.SUBSCRIPTIONS;
import static com.partnercenter.analytics.stub.engine.EngineFixture.TABLE;
import static org.assertj.core.api.Assertions.assertThat;

/** The operations' own date parameters, as the engine applies them beside the filter. */
class DateConditionTest {
    private static List<String> ids(String filter, DateCondition... conditions) {
        Query query = new Query(filter == null ? null : new QueryValidator(SUBSCRIPTIONS).filter(filter), List.of(),
                AggregationLevel.DAY, List.of(), 10_000, 0, List.of(conditions));
        List<String> ids = new ArrayList<>();
        for (int r : ((Rows) QueryEngine.run(TABLE, SUBSCRIPTIONS, query)).rows()) {
            ids.add((String) TABLE.column("id").orElseThrow().value(r));
        }
        return ids;
    }

    private static OffsetDateTime at(String text) {
        return OffsetDateTime.parse(text);
    }

    @Test
    void boundsCompareTheFieldLikeAFilterAndEveryConditionMustHold() {
        assertThat(ids(null, new DateCondition.Bound("creationDate", FilterOperator.GE, at("2018-02-01T00:00:00Z")))).containsExactly("S3", "S5");
        assertThat(ids(null, new DateCondition.Bound("creationDate", FilterOperator.GE, at("2018-01-03T00:00:00Z")),
                new DateCondition.Bound("creationDate", FilterOperator.LE, at("2018-02-01T00:00:00Z")))).containsExactly("S1", "S2", "S3");
        assertThat(ids("customerMarket eq 'US'", new DateCondition.Bound("creationDate", FilterOperator.GE, at("2018-01-03T00:00:00Z"))))
                .containsExactly("S1", "S5");
    }

    @Test
    void onDayKeepsTheRowsOfThatUtcDayOrOfTheLatestDay() {
        assertThat(ids(null, new DateCondition.OnDay("creationDate", at("2018-01-08T23:00:00Z")))).containsExactly("S2");
        assertThat(ids(null, new DateCondition.OnDay("creationDate", at("2018-01-09T01:00:00+02:00")))).containsExactly("S2");
        assertThat(ids(null, new DateCondition.OnDay("creationDate", null))).containsExactly("S5");
        assertThat(ids(null, new DateCondition.OnDay("creationDate", at("2017-01-01T00:00:00Z")))).isEmpty();
    }

    @Test
    void onDayOfAColumnTheTableDoesNotHaveKeepsEveryRow() {
        assertThat(ids(null, new DateCondition.OnDay("processedDateTime", null))).containsExactly("S0", "S1", "S2", "S3", "S4", "S5");
    }
}
