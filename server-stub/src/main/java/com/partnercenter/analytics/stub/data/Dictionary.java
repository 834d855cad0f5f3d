package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.stub.json.JsonOut;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/** The distinct values of a string column; rows store a code (index) into it. */
public final class Dictionary {
    private String[] values = new String[16];
    private int size;
    private final Map<String, Integer> index = new HashMap<>();
    private volatile byte[][] json;
    private volatile int[] ranks;
    private volatile FoldedDictionary folded;
    private volatile SearchText searchText;

    /** The code of {@code value}, adding it when new. */
    public int intern(String value) {
        Integer code = index.get(value);
        if (code != null) {
            return code;
        }
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size] = value;
        index.put(value, size);
        return size++;
    }

    /** The code of {@code value}, or -1 when no row has it. */
    public int code(String value) {
        Integer code = index.get(value);
        return code == null ? -1 : code;
    }

    public String value(int code) {
        return values[code];
    }

    public int size() {
        return size;
    }

    /** The JSON literal of a value, encoded once. */
    public byte[] json(int code) {
        byte[][] cache = json;
        if (cache == null || cache.length < size) {
            synchronized (this) {
                cache = json;
                if (cache == null || cache.length < size) {
                    cache = new byte[size][];
                    json = cache;
                }
            }
        }
        byte[] b = cache[code];
        if (b == null) {
            b = JsonOut.encodeString(values[code]);
            cache[code] = b;
        }
        return b;
    }

    /** For each code, its position when the values are sorted (ordinal string order). */
    public int[] ranks() {
        int[] r = ranks;
        if (r == null || r.length < size) {
            synchronized (this) {
                r = ranks;
                if (r == null || r.length < size) {
                    Integer[] order = new Integer[size];
                    for (int i = 0; i < size; i++) {
                        order[i] = i;
                    }
                    Arrays.sort(order, Comparator.comparing(i -> values[i]));
                    r = new int[size];
                    for (int i = 0; i < size; i++) {
                        r[order[i]] = i;
                    }
                    ranks = r;
                }
            }
        }
        return r;
    }

    /** The values as an {@code ignore-case} field compares them, folded once (DEV-42). */
    FoldedDictionary folded() {
        FoldedDictionary f = folded;
        if (f == null || f.size != size) {
            synchronized (this) {
                f = folded;
                if (f == null || f.size != size) {
                    f = new FoldedDictionary(this);
                    folded = f;
                }
            }
        }
        return f;
    }

    /** The values joined for {@code contains} (case-sensitive), built on first use. */
    SearchText searchText() {
        SearchText t = searchText;
        if (t == null || t.size != size) {
            synchronized (this) {
                t = searchText;
                if (t == null || t.size != size) {
                    t = new SearchText(values, size);
                    searchText = t;
                }
            }
        }
        return t;
    }
}
