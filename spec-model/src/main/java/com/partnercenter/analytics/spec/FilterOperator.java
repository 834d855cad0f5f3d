package com.partnercenter.analytics.spec;

import java.util.Locale;
import java.util.Optional;

/** A filter operator as the service spells it in a {@code filter} expression. */
public enum FilterOperator {
    EQ("eq"), NE("ne"), GT("gt"), GE("ge"), LT("lt"), LE("le"),
    /** Function syntax: {@code contains(field,'text')}. */
    CONTAINS("contains");

    private final String token;

    FilterOperator(String token) {
        this.token = token;
    }

    /** The operator as written in a filter, e.g. {@code eq}. */
    public String token() {
        return token;
    }

    /** True for the ordering comparisons gt, ge, lt, le. */
    public boolean isOrdering() {
        return this == GT || this == GE || this == LT || this == LE;
    }

    /** The operator for a token, ignoring case; empty when the token is no operator. */
    public static Optional<FilterOperator> fromToken(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String lower = token.toLowerCase(Locale.ROOT);
        for (FilterOperator op : values()) {
            if (op.token.equals(lower)) {
                return Optional.of(op);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return token;
    }
}
