package com.partnercenter.analytics.spec;

import java.util.Locale;
import java.util.Optional;

/**
 * How the service compares a string field's values with a filter's literal ({@code eq}, {@code ne},
 * {@code contains}), when grouping ({@code groupby}: values that compare equal form one group) and when sorting
 * ({@code orderby}). Read per field from the capability matrix ({@code compare} in {@code x-pc-query}); the decision
 * behind the values is DEV-42 in the spec.
 */
public enum StringComparison {
    /** Ordinal: {@code 'Azure'} and {@code 'azure'} differ (as in OData). */
    CASE_SENSITIVE("case-sensitive"),
    /** Without regard to letter case: {@code 'O365'} equals {@code 'o365'}; GUIDs have no case. */
    IGNORE_CASE("ignore-case");

    private final String wireValue;

    StringComparison(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The value in the spec's {@code compare}: {@code case-sensitive} or {@code ignore-case}. */
    public String wireValue() {
        return wireValue;
    }

    public static Optional<StringComparison> fromWireValue(String value) {
        for (StringComparison c : values()) {
            if (c.wireValue.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The form under which two values compare equal exactly when this comparison says they are equal: the value
     * itself, or its upper case ({@link Locale#ROOT}; upper rather than lower case because the service's GUIDs and
     * codes are mostly upper case already, so folding them creates no new strings).
     */
    public String fold(String value) {
        return this == CASE_SENSITIVE || value == null ? value : value.toUpperCase(Locale.ROOT);
    }

    /** True when {@code a} and {@code b} are equal under this comparison. */
    public boolean equal(String a, String b) {
        return a == null ? b == null : b != null && fold(a).equals(fold(b));
    }

    /** True when {@code value} contains {@code text} under this comparison. */
    public boolean contains(String value, String text) {
        return value != null && fold(value).contains(fold(text));
    }

    /** Orders two non-null values under this comparison (ordinal order of the folded forms). */
    public int compare(String a, String b) {
        return fold(a).compareTo(fold(b));
    }

    @Override
    public String toString() {
        return wireValue;
    }
}
