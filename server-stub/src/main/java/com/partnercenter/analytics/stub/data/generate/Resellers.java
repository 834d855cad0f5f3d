package com.partnercenter.analytics.stub.data.generate;

/** The partner's indirect resellers, one index per reseller. */
final class Resellers {
    final String[] mpnId;
    final String[] tenantId;
    final String[] name;
    final String[] market;

    Resellers(int n) {
        mpnId = new String[n];
        tenantId = new String[n];
        name = new String[n];
        market = new String[n];
    }

    int size() {
        return name.length;
    }
}
