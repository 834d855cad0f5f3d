package com.partnercenter.analytics.stub.data.generate;

/** The partner's customers, one index per customer. */
final class Customers {
    /** The value of {@link #reseller} of a customer who buys directly from the partner. */
    static final int DIRECT = -1;

    final String[] tenantId;
    final String[] name;
    final String[] market;
    /** The index of the reseller the customer buys through, or {@link #DIRECT}. */
    final int[] reseller;
    /** When the customer's first subscription was created. */
    final long[] since;

    Customers(int n) {
        tenantId = new String[n];
        name = new String[n];
        market = new String[n];
        reseller = new int[n];
        since = new long[n];
    }

    int size() {
        return tenantId.length;
    }
}
