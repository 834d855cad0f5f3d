package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.StringComparison;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A dictionary's values as an {@code ignore-case} field compares them (DEV-42): the codes of values that differ only
 * in letter case map to one canonical code (the first of them), and ranks order the values without regard to case.
 * Filters, {@code groupby} keys and {@code orderby} then work on integer codes exactly as for case-sensitive fields:
 * the folding is done once per distinct value, when the dictionary is first queried without regard to case, never
 * per row or per request.
 *
 * <p>A dictionary whose values are all already in folded (upper case) form, such as the dataset's GUIDs, needs no
 * extra memory: its own codes, index and ranks serve ({@link #identity}).
 */
final class FoldedDictionary {
    private static final StringComparison FOLDING = StringComparison.IGNORE_CASE;

    /** How many values of the dictionary this view covers (a dictionary only grows while its table is built). */
    final int size;
    /** True when every value is its own folded form: the dictionary's own arrays serve. */
    final boolean identity;
    /** Folded value per code; null when {@link #identity}. */
    private final String[] folded;
    /** Canonical code per code; null when every code is canonical. */
    final int[] canonical;
    /** Folded value to canonical code; null when {@link #identity}. */
    private final Map<String, Integer> index;
    final int[] ranks;
    /** The folded values joined for {@code contains}, built on first use. */
    private volatile SearchText searchText;

    FoldedDictionary(Dictionary dictionary) {
        size = dictionary.size();
        String[] values = new String[size];
        boolean same = true;
        for (int code = 0; code < size; code++) {
            String v = dictionary.value(code);
            values[code] = FOLDING.fold(v);
            same &= values[code].equals(v);
        }
        identity = same;
        if (same) {
            // already folded: distinct values stay distinct, and ordinal order is the folded order
            folded = null;
            canonical = null;
            index = null;
            ranks = dictionary.ranks();
            return;
        }
        folded = values;
        index = new HashMap<>(size * 2);
        int[] canon = new int[size];
        boolean merged = false;
        for (int code = 0; code < size; code++) {
            Integer first = index.putIfAbsent(values[code], code);
            canon[code] = first == null ? code : first;
            merged |= first != null;
        }
        canonical = merged ? canon : null;
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> values[a].compareTo(values[b]));
        int[] r = new int[size];
        for (int i = 0; i < size; i++) {
            // values that fold equal share the rank of the first of them
            r[order[i]] = i > 0 && values[order[i]].equals(values[order[i - 1]]) ? r[order[i - 1]] : i;
        }
        ranks = r;
    }

    /** The canonical code of the values equal to {@code literal} without regard to case, or -1 when none is. */
    int code(Dictionary dictionary, String literal) {
        String key = FOLDING.fold(literal);
        if (identity) {
            return dictionary.code(key);
        }
        Integer code = index.get(key);
        return code == null ? -1 : code;
    }

    /** Per code, whether its folded value contains {@code foldedNeedle}. */
    boolean[] containing(Dictionary dictionary, String foldedNeedle) {
        if (identity) {
            return dictionary.searchText().containing(foldedNeedle);
        }
        SearchText t = searchText;
        if (t == null) {
            synchronized (this) {
                t = searchText;
                if (t == null) {
                    t = new SearchText(folded, size);
                    searchText = t;
                }
            }
        }
        return t.containing(foldedNeedle);
    }
}
