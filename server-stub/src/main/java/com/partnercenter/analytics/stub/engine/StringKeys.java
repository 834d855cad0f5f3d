package com.partnercenter.analytics.stub.engine;

import com.partnercenter.analytics.spec.StringComparison;
import com.partnercenter.analytics.stub.data.Dictionary;
import com.partnercenter.analytics.stub.data.StringColumn;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A string column's dictionary codes as a field's {@link StringComparison} sees them (DEV-42): for
 * {@code ignore-case} fields, the codes of values that differ only in letter case map to one canonical code, and
 * ranks order the values without regard to case. Filters, {@code groupby} keys and {@code orderby} then work on
 * integer codes exactly as for case-sensitive fields: the folding is done once per distinct value, when a
 * dictionary is first queried without regard to case, never per row or per request.
 *
 * <p>Dictionaries whose values are all already in folded (upper case) form, such as the dataset's GUIDs, need no
 * extra memory: their own codes, index and ranks serve.
 */
public final class StringKeys {
    private static final Map<Dictionary, Folded> FOLDED = Collections.synchronizedMap(new WeakHashMap<>());

    private StringKeys() {
    }

    /**
     * The canonical code of each code (the first code of the values that compare equal), or null when every code is
     * its own (case-sensitive fields, or no two values differ only in case).
     */
    public static int[] canonicalCodes(StringColumn column, StringComparison comparison) {
        return comparison == StringComparison.CASE_SENSITIVE ? null : folded(column.dictionary()).canonical;
    }

    /** The canonical code of the values equal to {@code literal} under {@code comparison}, or -1 when no row has one. */
    public static int code(StringColumn column, StringComparison comparison, String literal) {
        Dictionary dictionary = column.dictionary();
        if (comparison == StringComparison.CASE_SENSITIVE) {
            return dictionary.code(literal);
        }
        Folded f = folded(dictionary);
        String key = comparison.fold(literal);
        if (f.index == null) {
            return dictionary.code(key);
        }
        Integer code = f.index.get(key);
        return code == null ? -1 : code;
    }

    /** For each code, its position in the order of the values under {@code comparison} (equal values, equal ranks). */
    public static int[] ranks(StringColumn column, StringComparison comparison) {
        return comparison == StringComparison.CASE_SENSITIVE ? column.dictionary().ranks() : folded(column.dictionary()).ranks;
    }

    /** For each code, whether its value contains {@code text} under {@code comparison}. */
    public static boolean[] containing(StringColumn column, StringComparison comparison, String text) {
        Dictionary dictionary = column.dictionary();
        String needle = comparison.fold(text);
        Folded f = comparison == StringComparison.CASE_SENSITIVE ? null : folded(dictionary);
        boolean[] hit = new boolean[dictionary.size()];
        for (int code = 0; code < hit.length; code++) {
            String value = f == null || f.folded == null ? dictionary.value(code) : f.folded[code];
            hit[code] = value.contains(needle);
        }
        return hit;
    }

    private static Folded folded(Dictionary dictionary) {
        Folded f = FOLDED.get(dictionary);
        if (f == null || f.size != dictionary.size()) {
            f = new Folded(dictionary);
            FOLDED.put(dictionary, f);
        }
        return f;
    }

    /** The case-folded view of one dictionary. */
    private static final class Folded {
        final int size;
        /** Folded value per code; null when every value is its own folded form. */
        final String[] folded;
        /** Canonical code per code; null when every code is canonical. */
        final int[] canonical;
        /** Folded value to canonical code; null when the dictionary's own index serves. */
        final Map<String, Integer> index;
        final int[] ranks;

        Folded(Dictionary dictionary) {
            size = dictionary.size();
            StringComparison c = StringComparison.IGNORE_CASE;
            String[] values = new String[size];
            boolean identity = true;
            for (int code = 0; code < size; code++) {
                String v = dictionary.value(code);
                values[code] = c.fold(v);
                identity &= values[code].equals(v);
            }
            if (identity) {
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
    }
}
