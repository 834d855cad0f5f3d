package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.query.Literal;
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.stub.json.JsonOut;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each column type answers for the engine and the row writer, checked against the plain Java values of
 * seeded random columns (with nulls): filter comparisons with every operator, sort keys, group keys, the sort
 * and written form of group keys, and grouped counts.
 */
class ColumnBehaviourTest {
    private static final long[] SEEDS = {7, 42, 1_000_003};
    private static final int ROWS = 300;
    private static final FilterOperator[] OPERATORS = {FilterOperator.EQ, FilterOperator.NE, FilterOperator.GT,
            FilterOperator.GE, FilterOperator.LT, FilterOperator.LE};

    static Stream<Arguments> columns() {
        List<Arguments> all = new ArrayList<>();
        for (long seed : SEEDS) {
            for (FieldType type : List.of(FieldType.STRING, FieldType.BOOLEAN, FieldType.INTEGER, FieldType.NUMBER, FieldType.DATE_TIME)) {
                all.add(Arguments.of(type, seed));
            }
        }
        return all.stream();
    }

    /** A column of {@code type} with random values from a small pool (so values repeat) and about 10% nulls. */
    private static Column column(FieldType type, long seed) {
        Random random = new Random(seed);
        Property property = new Property("x", type, null, true, false);
        ColumnBuilder builder = ColumnBuilder.forProperty(property, false, 16);
        for (int row = 0; row < ROWS; row++) {
            if (random.nextInt(10) == 0) {
                builder.appendNull();
                continue;
            }
            if (builder instanceof StringColumn.Builder b) {
                b.append(List.of("", "A", "B", "Contoso", "contoso", "Zürich", "b").get(random.nextInt(7)));
            } else if (builder instanceof BooleanColumn.Builder b) {
                b.append(random.nextBoolean());
            } else if (builder instanceof LongColumn.Builder b) {
                b.append(random.nextInt(21) - 10);
            } else if (builder instanceof DoubleColumn.Builder b) {
                b.append((random.nextInt(41) - 20) / 4.0);
            } else {
                // every six hours over ten days: several rows per day bucket
                ((DateColumn.Builder) builder).append(Instant.parse("2024-02-26T00:00:00Z").toEpochMilli()
                        + random.nextInt(40) * 21_600_000L);
            }
        }
        return builder.build();
    }

    private static Literal literalLike(Object value) {
        if (value instanceof String s) {
            return new Literal.StringLiteral(s, 0);
        }
        if (value instanceof Boolean b) {
            return new Literal.BooleanLiteral(b, 0);
        }
        if (value instanceof Long l) {
            return new Literal.NumberLiteral(BigDecimal.valueOf(l), 0);
        }
        return new Literal.NumberLiteral(BigDecimal.valueOf((Double) value), 0);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    /**
     * The comparison semantics: on a value, the operator holds as the Java comparison says (booleans have only
     * {@code eq} and {@code ne}); on a null, only {@code ne}, and not for numbers.
     */
    private static boolean expected(Column column, FilterOperator op, Object value, Object literal) {
        if (value == null) {
            return op == FilterOperator.NE && !(column instanceof NumberColumn);
        }
        if (value instanceof Boolean && op != FilterOperator.EQ && op != FilterOperator.NE) {
            return false;
        }
        return Column.holds(op, compareValues(value, literal));
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("columns")
    void everyComparisonSelectsTheRowsJavaSays(FieldType type, long seed) {
        Column column = column(type, seed);
        List<Object> literals = new ArrayList<>();
        for (int row = 0; row < column.size(); row++) {
            if (column.value(row) != null && !literals.contains(column.value(row))) {
                literals.add(column.value(row));
            }
        }
        if (type == FieldType.STRING) {
            literals.add("not in the data");
        }
        for (Object literal : literals) {
            Literal lit = type == FieldType.DATE_TIME
                    ? new Literal.DateTimeLiteral(Instant.ofEpochMilli((Long) literal).atOffset(ZoneOffset.UTC), 0)
                    : literalLike(literal);
            for (FilterOperator op : OPERATORS) {
                RowPredicate p = column.compare(op, lit);
                for (int row = 0; row < column.size(); row++) {
                    assertThat(p.test(row)).as("row %d (%s) %s %s", row, column.value(row), op, literal)
                            .isEqualTo(expected(column, op, column.value(row), literal));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("columns")
    void aLiteralOfAnotherTypeMatchesOnlyNe(FieldType type, long seed) {
        Column column = column(type, seed);
        Literal other = type == FieldType.STRING ? new Literal.BooleanLiteral(true, 0) : new Literal.StringLiteral("x", 0);
        for (int row = 0; row < column.size(); row++) {
            assertThat(column.compare(FilterOperator.EQ, other).test(row)).isFalse();
            assertThat(column.compare(FilterOperator.NE, other).test(row)).isTrue();
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("columns")
    void sortKeysOrderAsTheValuesWithNullsFirst(FieldType type, long seed) {
        Column column = column(type, seed);
        Comparator<Object> order = Comparator.nullsFirst(ColumnBehaviourTest::compareValues);
        for (int a = 0; a < column.size(); a++) {
            for (int b = 0; b < column.size(); b += 7) {
                assertThat(Integer.signum(Long.compare(column.sortKey(a), column.sortKey(b))))
                        .as("%s vs %s", column.value(a), column.value(b))
                        .isEqualTo(Integer.signum(order.compare(column.value(a), column.value(b))));
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("columns")
    void groupKeysAreEqualExactlyForEqualValuesAndSortAndWriteAsTheirValues(FieldType type, long seed) {
        Column column = column(type, seed);
        for (int a = 0; a < column.size(); a++) {
            long key = column.groupKey(a, AggregationLevel.DAY);
            Object value = column.value(a);
            assertThat(key == Column.NULL_KEY).isEqualTo(value == null);
            if (value == null) {
                continue;
            }
            for (int b = 0; b < column.size(); b += 5) {
                Object other = column.value(b);
                long otherKey = column.groupKey(b, AggregationLevel.DAY);
                Object expectedValue = type == FieldType.DATE_TIME ? DateColumn.bucket((Long) value, AggregationLevel.DAY) : value;
                Object expectedOther = other == null ? null
                        : type == FieldType.DATE_TIME ? DateColumn.bucket((Long) other, AggregationLevel.DAY) : other;
                assertThat(key == otherKey).as("%s vs %s", value, other).isEqualTo(Objects.equals(expectedValue, expectedOther));
                if (other != null) {
                    assertThat(Integer.signum(Long.compare(column.groupSortKey(key), column.groupSortKey(otherKey))))
                            .isEqualTo(Integer.signum(compareValues(expectedValue, expectedOther)));
                }
            }
            if (type != FieldType.DATE_TIME) {
                JsonOut written = new JsonOut();
                column.write(written, a);
                JsonOut keyWritten = new JsonOut();
                column.writeGroupKey(keyWritten, key);
                assertThat(keyWritten.toByteArray()).isEqualTo(written.toByteArray());
            }
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("columns")
    void groupedCountsAddNumbersAndCountOtherRows(FieldType type, long seed) {
        Column column = column(type, seed);
        for (int row = 0; row < column.size(); row++) {
            Object value = column.value(row);
            long expected = switch (type) {
                case INTEGER -> value == null ? 0 : (Long) value;
                case NUMBER -> value == null ? 0 : Math.round((Double) value);
                default -> 1;
            };
            assertThat(column.countOf(row)).isEqualTo(expected);
        }
    }
}
