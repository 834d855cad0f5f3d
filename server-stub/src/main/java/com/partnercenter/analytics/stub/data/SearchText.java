package com.partnercenter.analytics.stub.data;

import java.util.Arrays;

/**
 * A dictionary's values joined into one string, for {@code contains}: one {@link String#indexOf(String, int)} pass
 * over contiguous text finds every value that holds the needle, instead of one search per value through as many
 * separate strings, wherever the collector has put them. (Timed one by one, the same 100,000 names took 1.4 ms when
 * their strings lay side by side and 3.7 to 4.8 ms when they lay where the dataset's generation left them; JMH's
 * forks of the {@code contains} benchmark fell into a 3 ms or an 8 ms mode that way: docs/benchmarks.md, section 7.)
 */
final class SearchText {
    /** Between values: a needle holding it could match across two values, so such needles take the slow path. */
    private static final char SEPARATOR = '\u0000';

    /** How many values are joined (a dictionary only grows while its table is built). */
    final int size;
    private final String[] values;
    private final String text;
    /** Where each value starts in {@link #text}. */
    private final int[] starts;

    SearchText(String[] values, int size) {
        this.size = size;
        this.values = values;
        this.starts = new int[size];
        StringBuilder joined = new StringBuilder();
        for (int code = 0; code < size; code++) {
            starts[code] = joined.length();
            joined.append(values[code]).append(SEPARATOR);
        }
        this.text = joined.toString();
    }

    /** Per code, whether its value contains {@code needle}. */
    boolean[] containing(String needle) {
        boolean[] hit = new boolean[size];
        if (needle.isEmpty() || needle.indexOf(SEPARATOR) >= 0) {
            for (int code = 0; code < size; code++) {
                hit[code] = values[code].contains(needle);
            }
            return hit;
        }
        for (int at = text.indexOf(needle); at >= 0; ) {
            int found = Arrays.binarySearch(starts, at);
            int code = found >= 0 ? found : -found - 2; // the value whose text holds position at
            hit[code] = true;
            // the next match of another value: from the start of the next value
            int next = code + 1 < size ? starts[code + 1] : text.length();
            at = text.indexOf(needle, next);
        }
        return hit;
    }
}
