package com.partnercenter.analytics.stub.data.generate;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import static com.partnercenter.analytics.stub.data.generate.Catalog.Weighted;

/**
 * The random draws every generator makes. Each method takes exactly the draws its body shows, in that order:
 * the dataset is pinned byte for byte, so a change here changes every table.
 */
final class Draws {
    private static final int[] PRODUCT_WEIGHTS;
    private static final int PRODUCT_TOTAL;

    static {
        PRODUCT_WEIGHTS = new int[Catalog.PRODUCTS.size()];
        int t = 0;
        for (int i = 0; i < PRODUCT_WEIGHTS.length; i++) {
            t += Catalog.PRODUCTS.get(i).weight();
            PRODUCT_WEIGHTS[i] = t;
        }
        PRODUCT_TOTAL = t;
    }

    private Draws() {
    }

    /** A version-4 GUID in the service's upper-case form (two draws). */
    static String guid(SplittableRandom rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString().toUpperCase(Locale.ROOT);
    }

    /** True {@code percent} times in a hundred (one draw). */
    static boolean percent(SplittableRandom rnd, int percent) {
        return rnd.nextInt(100) < percent;
    }

    /** One item, each as likely as its weight (one draw). */
    static <T> T pick(SplittableRandom rnd, List<Weighted<T>> items) {
        int total = 0;
        for (Weighted<T> w : items) {
            total += w.weight();
        }
        int r = rnd.nextInt(total);
        for (Weighted<T> w : items) {
            r -= w.weight();
            if (r < 0) {
                return w.value();
            }
        }
        return items.get(items.size() - 1).value();
    }

    /** Any one item, all equally likely (one draw). */
    static <T> T any(SplittableRandom rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

    /** Any one item, all equally likely (one draw). */
    static <T> T any(SplittableRandom rnd, T[] items) {
        return items[rnd.nextInt(items.length)];
    }

    /** The index of a product in {@link Catalog#PRODUCTS}, each as likely as its weight (one draw). */
    static int product(SplittableRandom rnd) {
        int r = rnd.nextInt(PRODUCT_TOTAL);
        for (int i = 0; i < PRODUCT_WEIGHTS.length; i++) {
            if (r < PRODUCT_WEIGHTS[i]) {
                return i;
            }
        }
        return PRODUCT_WEIGHTS.length - 1;
    }

    /** An instant in [{@code from}, {@code to}), or {@code from} when the range is empty (one draw either way). */
    static long between(SplittableRandom rnd, long from, long to) {
        return to <= from ? from : from + (long) (rnd.nextDouble() * (to - from));
    }

    /** A duration in [0, {@code bound}) truncated to whole seconds, as the service writes them (one draw). */
    static long wholeSeconds(SplittableRandom rnd, long bound) {
        return rnd.nextLong(bound) / 1000 * 1000;
    }
}
