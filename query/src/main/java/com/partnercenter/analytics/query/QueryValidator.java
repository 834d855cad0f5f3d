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
import com.partnercenter.analytics.spec.AggregationLevel;
import com.partnercenter.analytics.spec.FieldCapability;
import com.partnercenter.analytics.spec.FieldType;
import com.partnercenter.analytics.spec.FilterOperator;
import com.partnercenter.analytics.spec.QueryCapabilities;
import com.partnercenter.analytics.spec.WireDateTimes;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks queries against one operation's capability matrix ({@code x-pc-query}) and returns them in canonical
 * form: field names as the spec spells them and literals of the field's type (a quoted date on a date field
 * becomes a date-time, a quoted number on a number field a number). Every error names the parameter, the
 * position, the token and what is allowed.
 */
public final class QueryValidator {
    private final QueryCapabilities capabilities;

    public QueryValidator(QueryCapabilities capabilities) {
        this.capabilities = Objects.requireNonNull(capabilities, "capabilities");
    }

    public QueryCapabilities capabilities() {
        return capabilities;
    }

    /** Parses and validates a filter text. */
    public FilterExpression filter(String text) {
        return filter(FilterParser.parse(text));
    }

    /** Validates a filter and returns its canonical form. */
    public FilterExpression filter(FilterExpression expression) {
        if (expression instanceof And and) {
            List<FilterExpression> operands = new ArrayList<>();
            and.operands().forEach(o -> operands.add(filter(o)));
            return new And(operands, and.position());
        }
        if (expression instanceof Or or) {
            List<FilterExpression> operands = new ArrayList<>();
            or.operands().forEach(o -> operands.add(filter(o)));
            return new Or(operands, or.position());
        }
        if (expression instanceof Contains contains) {
            FieldCapability field = filterField(contains.field(), contains.position());
            requireOperator(field, FilterOperator.CONTAINS, contains.position(), "contains");
            return new Contains(field.name(), contains.text(), contains.position());
        }
        Comparison comparison = (Comparison) expression;
        FieldCapability field = filterField(comparison.field(), comparison.position());
        int operatorPosition = comparison.operatorPosition() >= 0 ? comparison.operatorPosition() : comparison.position();
        requireOperator(field, comparison.operator(), operatorPosition, comparison.operator().token());
        return new Comparison(field.name(), comparison.operator(), coerce(field, comparison.operator(), comparison.value()),
                comparison.position(), comparison.operatorPosition());
    }

    private FieldCapability filterField(String name, int position) {
        FieldCapability field = capabilities.field(name).orElseThrow(() -> new QueryValidationException("filter", position, name,
                "unknown field '" + name + "'. Filterable fields: " + names(capabilities.filterableFields()) + "."));
        if (!field.filterable()) {
            throw new QueryValidationException("filter", position, name, "field '" + field.name() + "' cannot be filtered"
                    + (field.aggregate() ? " (it is an aggregate count of grouped rows)" : "")
                    + ". Filterable fields: " + names(capabilities.filterableFields()) + ".");
        }
        return field;
    }

    private static void requireOperator(FieldCapability field, FilterOperator operator, int position, String token) {
        if (!field.allows(operator)) {
            throw new QueryValidationException("filter", position, token, "operator '" + operator.token()
                    + "' is not allowed for field '" + field.name() + "' (allowed: "
                    + field.filterOperators().stream().map(FilterOperator::token).sorted().collect(Collectors.joining(", ")) + ").");
        }
    }

    private static Literal coerce(FieldCapability field, FilterOperator operator, Literal value) {
        if (value instanceof NullLiteral) {
            if (operator != FilterOperator.EQ && operator != FilterOperator.NE) {
                throw mismatch(field, value, "null can only be compared with eq or ne");
            }
            return value;
        }
        return switch (field.type()) {
            case STRING -> {
                if (value instanceof StringLiteral) {
                    yield value;
                }
                throw mismatch(field, value, "field '" + field.name() + "' is a string: quote the value, e.g. '" + stripQuotes(value) + "'");
            }
            case BOOLEAN -> {
                if (value instanceof BooleanLiteral) {
                    yield value;
                }
                if (value instanceof StringLiteral s && (s.value().equalsIgnoreCase("true") || s.value().equalsIgnoreCase("false"))) {
                    yield new BooleanLiteral(Boolean.parseBoolean(s.value().toLowerCase(Locale.ROOT)), s.position());
                }
                throw mismatch(field, value, "field '" + field.name() + "' is a boolean: compare it with true or false");
            }
            case INTEGER, NUMBER -> {
                BigDecimal number = value instanceof NumberLiteral n ? n.value()
                        : value instanceof StringLiteral s && s.value().matches("-?\\d+(\\.\\d+)?") ? new BigDecimal(s.value()) : null;
                if (number == null) {
                    throw mismatch(field, value, "field '" + field.name() + "' is a number");
                }
                if (field.type() == FieldType.INTEGER && number.stripTrailingZeros().scale() > 0) {
                    throw mismatch(field, value, "field '" + field.name() + "' is a whole number");
                }
                yield new NumberLiteral(number, value.position());
            }
            case DATE_TIME, DATE -> {
                if (value instanceof DateTimeLiteral) {
                    yield value;
                }
                if (value instanceof StringLiteral s) {
                    yield new DateTimeLiteral(WireDateTimes.parse(s.value()).orElseThrow(() -> mismatch(field, value,
                            "'" + s.value() + "' is not a date; write e.g. cast('2018-01-01', Edm.DateTimeOffset)")), s.position());
                }
                throw mismatch(field, value, "field '" + field.name() + "' is a date: write e.g. cast('2018-01-01', Edm.DateTimeOffset)");
            }
        };
    }

    private static String stripQuotes(Literal value) {
        return value.toFilterString().replace("'", "");
    }

    private static QueryValidationException mismatch(FieldCapability field, Literal value, String reason) {
        return new QueryValidationException("filter", value.position(), value.toFilterString(), reason);
    }

    /**
     * Parses and validates a {@code groupby} value: comma-separated groupable fields, each once. Returns them in
     * the order given. Empty or blank text gives an empty list.
     */
    public List<FieldCapability> groupBy(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return groupByItems(items(text, "groupby"));
    }

    /**
     * Validates {@code groupby} fields given one by one (as a query builder holds them): the same checks, and the
     * same positions in errors, as {@link #groupBy(String)} on the comma-joined value, without joining and
     * re-splitting them.
     */
    public List<FieldCapability> groupBy(List<String> fields) {
        return isBlank(fields) ? new ArrayList<>() : groupByItems(items(fields, "groupby"));
    }

    private List<FieldCapability> groupByItems(List<Item> items) {
        List<FieldCapability> fields = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Item item : items) {
            FieldCapability field = capabilities.field(item.text()).orElseThrow(() -> new QueryValidationException("groupby", item.position(), item.text(),
                    "unknown field '" + item.text() + "'. Groupable fields: " + names(capabilities.groupableFields()) + "."));
            if (!field.groupable()) {
                throw new QueryValidationException("groupby", item.position(), item.text(), "field '" + field.name() + "' cannot be grouped"
                        + (field.aggregate() ? " (it is an aggregate count that grouped rows carry)" : "")
                        + ". Groupable fields: " + names(capabilities.groupableFields()) + ".");
            }
            if (!seen.add(field.name())) {
                throw new QueryValidationException("groupby", item.position(), item.text(), "field '" + field.name() + "' is listed twice");
            }
            fields.add(field);
        }
        return fields;
    }

    /** One {@code orderby} key. */
    public record SortKey(FieldCapability field, boolean descending) {
        public String toOrderByString() {
            return field.name() + (descending ? " desc" : "");
        }
    }

    /** Parses and validates an {@code orderby} value: comma-separated {@code field [asc|desc]}. */
    public List<SortKey> orderBy(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        requireOrderBy(text);
        return orderByItems(items(text, "orderby"));
    }

    /**
     * Validates {@code orderby} keys ({@code field [asc|desc]}) given one by one: the same checks and error
     * positions as {@link #orderBy(String)} on the comma-joined value, without joining and re-splitting them.
     */
    public List<SortKey> orderBy(List<String> keys) {
        if (isBlank(keys)) {
            return new ArrayList<>();
        }
        requireOrderBy(String.join(",", keys)); // the value as the error names it; the keys are not re-split
        return orderByItems(items(keys, "orderby"));
    }

    private void requireOrderBy(String value) {
        if (!capabilities.supportsOrderBy()) {
            throw new QueryValidationException("orderby", 0, value, "this operation does not support orderby");
        }
    }

    private List<SortKey> orderByItems(List<Item> items) {
        List<SortKey> keys = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Item item : items) {
            String[] words = item.text().split("\\s+");
            if (words.length > 2) {
                throw new QueryValidationException("orderby", item.position(), item.text(), "expected 'field', 'field asc' or 'field desc'");
            }
            boolean descending = false;
            if (words.length == 2) {
                String direction = words[1].toLowerCase(Locale.ROOT);
                if (!direction.equals("asc") && !direction.equals("desc")) {
                    throw new QueryValidationException("orderby", item.position() + item.text().indexOf(words[1]), words[1],
                            "sort order must be asc or desc");
                }
                descending = direction.equals("desc");
            }
            FieldCapability field = capabilities.field(words[0]).orElseThrow(() -> new QueryValidationException("orderby", item.position(), words[0],
                    "unknown field '" + words[0] + "'. Sortable fields: " + names(capabilities.orderableFields()) + "."));
            if (!field.orderable()) {
                throw new QueryValidationException("orderby", item.position(), words[0], "field '" + field.name()
                        + "' cannot be used in orderby. Sortable fields: " + names(capabilities.orderableFields()) + ".");
            }
            if (!seen.add(field.name())) {
                throw new QueryValidationException("orderby", item.position(), words[0], "field '" + field.name() + "' is listed twice");
            }
            keys.add(new SortKey(field, descending));
        }
        return keys;
    }

    /** Parses and validates an {@code aggregationLevel} value. */
    public AggregationLevel aggregationLevel(String text) {
        if (!capabilities.supportsAggregationLevel()) {
            throw new QueryValidationException("aggregationLevel", 0, text, "this operation does not support aggregationLevel");
        }
        AggregationLevel level = AggregationLevel.fromWireValue(text).orElseThrow(() -> new QueryValidationException("aggregationLevel", 0, text,
                "must be one of " + capabilities.aggregationLevels().stream().map(AggregationLevel::wireValue).collect(Collectors.joining(", "))));
        if (!capabilities.aggregationLevels().contains(level)) {
            throw new QueryValidationException("aggregationLevel", 0, text, "must be one of "
                    + capabilities.aggregationLevels().stream().map(AggregationLevel::wireValue).collect(Collectors.joining(", ")));
        }
        return level;
    }

    private record Item(String text, int position) {
    }

    /** True when the comma-joined value would be blank: no entry, or a single blank one. */
    private static boolean isBlank(List<String> entries) {
        return entries == null || entries.isEmpty() || entries.size() == 1 && entries.get(0).isBlank();
    }

    /** The items of entries given one by one, at the positions they would have in the comma-joined value. */
    private static List<Item> items(List<String> entries, String parameter) {
        List<Item> items = new ArrayList<>();
        int offset = 0;
        for (String entry : entries) {
            try {
                for (Item item : items(entry, parameter)) {
                    items.add(new Item(item.text(), offset + item.position()));
                }
            } catch (QuerySyntaxException e) {
                throw new QuerySyntaxException(parameter, offset + e.position(), e.token(), e.reason());
            }
            offset += entry.length() + 1;
        }
        return items;
    }

    private static List<Item> items(String text, String parameter) {
        List<Item> items = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? text.length() : comma;
            String raw = text.substring(start, end);
            String trimmed = raw.strip();
            int position = start + (raw.isEmpty() ? 0 : raw.indexOf(trimmed.isEmpty() ? raw : trimmed));
            if (trimmed.isEmpty()) {
                throw new QuerySyntaxException(parameter, start, raw, "empty entry: expected a field name between commas");
            }
            items.add(new Item(trimmed, position));
            if (comma < 0) {
                break;
            }
            start = comma + 1;
        }
        return items;
    }

    private static String names(List<FieldCapability> fields) {
        return fields.stream().map(FieldCapability::name).collect(Collectors.joining(", "));
    }
}
