package com.partnercenter.analytics.stub.data;

import java.time.LocalDate;

/**
 * Sizes and seed of the generated dataset. Every size defaults to its base value times {@code scale}.
 *
 * @param seed          the seed; the same seed and sizes give byte-identical data
 * @param asOf          the "today" of the dataset: the latest date in it, and the licenses' processed date
 * @param customers     customers of the partner
 * @param subscriptions subscriptions of those customers
 * @param azureUsage    Azure usage rows (meter by day) of the Azure subscriptions
 * @param resellers     indirect resellers the partner sells through
 * @param searches      search rows
 * @param referrals     referral rows
 */
public record DatasetSettings(long seed, LocalDate asOf, int customers, int subscriptions, int azureUsage,
                              int resellers, int searches, int referrals) {
    public static final int BASE_CUSTOMERS = 2_000;
    public static final int BASE_SUBSCRIPTIONS = 20_000;
    public static final int BASE_AZURE_USAGE = 100_000;
    public static final int BASE_RESELLERS = 120;
    public static final int BASE_SEARCHES = 20_000;
    public static final int BASE_REFERRALS = 4_000;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2025, 12, 31);

    public DatasetSettings {
        if (customers < 1 || subscriptions < customers) {
            throw new IllegalArgumentException("Need at least one customer and at least one subscription per customer (customers="
                    + customers + ", subscriptions=" + subscriptions + ")");
        }
        if (azureUsage < 0 || resellers < 1 || searches < 0 || referrals < 0) {
            throw new IllegalArgumentException("Sizes must not be negative, and at least one reseller is needed");
        }
    }

    /** The defaults times {@code scale}. */
    public static DatasetSettings scaled(long seed, double scale) {
        return new DatasetSettings(seed, DEFAULT_AS_OF, s(BASE_CUSTOMERS, scale), s(BASE_SUBSCRIPTIONS, scale),
                s(BASE_AZURE_USAGE, scale), s(BASE_RESELLERS, scale), s(BASE_SEARCHES, scale), s(BASE_REFERRALS, scale));
    }

    private static int s(int base, double scale) {
        return (int) Math.max(1, Math.round(base * scale));
    }

    public String describe() {
        return String.format("seed %d, as of %s: %,d customers, %,d subscriptions, %,d Azure usage rows, %,d indirect resellers, %,d searches, %,d referrals",
                seed, asOf, customers, subscriptions, azureUsage, resellers, searches, referrals);
    }
}
