package com.partnercenter.analytics.stub.engine;

import java.util.Arrays;

/** An open-addressing map from long keys to int values (group ids), without boxing. */
final class LongIntMap {
    private static final long EMPTY = Long.MIN_VALUE + 1;
    private long[] keys;
    private int[] values;
    private int size;
    private int mask;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
        mask = cap - 1;
    }

    /** The value of {@code key}, or {@code ifAbsent} after storing it. */
    int getOrPut(long key, int ifAbsent) {
        if (key == EMPTY) {
            key = EMPTY - 1; // never produced by the key builders, but keep the sentinel free
        }
        int i = mix(key) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
            }
            if (k == EMPTY) {
                keys[i] = key;
                values[i] = ifAbsent;
                if (++size * 2 > keys.length) {
                    grow();
                }
                return ifAbsent;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                getOrPut(oldKeys[i], oldValues[i]);
            }
        }
    }
}
