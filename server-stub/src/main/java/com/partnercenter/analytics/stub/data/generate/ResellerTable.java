package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.Table;
import com.partnercenter.analytics.stub.json.WireDates;

import java.util.Arrays;

import static com.partnercenter.analytics.stub.data.generate.Days.floorDay;

/**
 * The {@code IndirectReseller} resource: one row per reseller, adding up the subscriptions sold through it. No
 * random draws: everything follows from the population. A date no subscription has is the service's "never"
 * sentinel ({@link WireDates#NEVER}).
 */
final class ResellerTable {
    private final AnalyticsSpec spec;

    ResellerTable(AnalyticsSpec spec) {
        this.spec = spec;
    }

    /** The earliest and latest of some dates per reseller. */
    private static final class Range {
        final long[] first;
        final long[] latest;

        Range(int n) {
            first = filled(n, Long.MAX_VALUE);
            latest = filled(n, Long.MIN_VALUE);
        }

        void add(int r, long t) {
            first[r] = Math.min(first[r], t);
            latest[r] = Math.max(latest[r], t);
        }

        long first(int r) {
            return orNever(first[r]);
        }

        long latest(int r) {
            return orNever(latest[r]);
        }
    }

    Table build(Population population) {
        Subscriptions s = population.subscriptions;
        int n = population.resellers.size();
        Range created = new Range(n);
        Range ended = new Range(n);
        Range suspended = new Range(n);
        Range deprovisioned = new Range(n);
        long[] subscriptions = new long[n];
        long[] licenses = new long[n];
        for (int i = 0; i < s.n; i++) {
            int r = population.customers.reseller[s.customer[i]];
            if (r == Customers.DIRECT) {
                continue;
            }
            subscriptions[r]++;
            licenses[r] += s.licenses[i];
            created.add(r, s.created[i]);
            long end = termEnd(s, i);
            if (end != DateColumn.NULL) {
                ended.add(r, end);
            }
            if (s.suspended[i] != DateColumn.NULL) {
                suspended.add(r, s.suspended[i]);
            }
            if (s.deprovisioned[i] != DateColumn.NULL) {
                deprovisioned.add(r, s.deprovisioned[i]);
            }
        }
        Resellers resellers = population.resellers;
        Table.Builder t = Table.builder(RowSchema.read(spec, "IndirectReseller"), n);
        for (int r = 0; r < n; r++) {
            t.string("partnerTenantId").append(population.partner.tenantId());
            t.string("id").append(resellers.mpnId[r]);
            t.string("name").append(resellers.name[r]);
            t.string("market").append(resellers.market[r]);
            t.date("firstSubscriptionCreationDate").append(created.first(r));
            t.date("latestSubscriptionCreationDate").append(created.latest(r));
            t.date("firstSubscriptionEndDate").append(ended.first(r));
            t.date("latestSubscriptionEndDate").append(ended.latest(r));
            t.date("firstSubscriptionSuspendedDate").append(suspended.first(r));
            t.date("latestSubscriptionSuspendedDate").append(suspended.latest(r));
            t.date("firstSubscriptionDeprovisionedDate").append(deprovisioned.first(r));
            t.date("latestSubscriptionDeprovisionedEndDate").append(deprovisioned.latest(r));
            t.integer("subscriptionCount").append(subscriptions[r]);
            t.integer("licenseCount").append(licenses[r]);
        }
        return t.build();
    }

    /**
     * The day a termed subscription's term ended, when it was deprovisioned; null otherwise (and for Azure and
     * unknown types). The subscription table computes commitment ends from its own stream, so they are not used.
     */
    private static long termEnd(Subscriptions s, int i) {
        if (!s.product(i).termed()) {
            return DateColumn.NULL;
        }
        return s.deprovisioned[i] != DateColumn.NULL ? floorDay(s.deprovisioned[i]) : DateColumn.NULL;
    }

    private static long orNever(long v) {
        return v == Long.MAX_VALUE || v == Long.MIN_VALUE ? WireDates.NEVER : v;
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        Arrays.fill(a, v);
        return a;
    }
}
