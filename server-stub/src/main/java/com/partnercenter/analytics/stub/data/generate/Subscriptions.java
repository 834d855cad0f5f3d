package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.stub.data.DateColumn;

/**
 * The customers' subscriptions, one index per subscription: what every resource derived from them needs (dates
 * are epoch milliseconds, {@link DateColumn#NULL} when they did not happen).
 */
final class Subscriptions {
    final int n;
    /** Index into {@link Customers}. */
    final int[] customer;
    /** Index into {@link Catalog#PRODUCTS}. */
    final int[] product;
    final String[] id;
    final String[] friendlyName;
    final SubscriptionStatus[] status;
    final long[] created;
    final long[] suspended;
    final long[] deprovisioned;
    final int[] licenses;

    Subscriptions(int n) {
        this.n = n;
        customer = new int[n];
        product = new int[n];
        id = new String[n];
        friendlyName = new String[n];
        status = new SubscriptionStatus[n];
        created = new long[n];
        suspended = new long[n];
        deprovisioned = new long[n];
        licenses = new int[n];
    }

    Catalog.Product product(int i) {
        return Catalog.PRODUCTS.get(product[i]);
    }
}
