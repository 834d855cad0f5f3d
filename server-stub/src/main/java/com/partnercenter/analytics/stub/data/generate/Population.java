package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.stub.data.DatasetSettings;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.Partner;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Days.DAY;
import static com.partnercenter.analytics.stub.data.generate.Draws.any;
import static com.partnercenter.analytics.stub.data.generate.Draws.between;
import static com.partnercenter.analytics.stub.data.generate.Draws.guid;
import static com.partnercenter.analytics.stub.data.generate.Draws.percent;
import static com.partnercenter.analytics.stub.data.generate.Draws.pick;

/**
 * The entities every resource is derived from: the partner, the ids of the catalogue's products, the partner's
 * indirect resellers, its customers and their subscriptions. Each is drawn from its own stream.
 */
final class Population {
    static final String PARTNER_NAME = "Adventure Works Cloud Solutions";
    static final String PARTNER_MARKET = "US";
    /** PartnerIDs (and resellers' MPN ids) are seven digits. */
    static final int MIN_PARTNER_ID = 1_000_000;
    /** Of every hundred customers, this many buy through an indirect reseller. */
    static final int INDIRECT_CUSTOMER_PERCENT = 40;
    /** Customers joined over the four calendar years up to "today", the newest at least this many days ago. */
    static final int NEWEST_CUSTOMER_DAYS = 30;
    static final int CUSTOMER_WINDOW_YEARS = 4;
    /** The subscriptions beyond one per customer go mostly to the first (biggest) customers. */
    static final double BIG_CUSTOMER_SKEW = 2.2;
    /** Licensed subscriptions have 1 to 300 licenses, most of them few. */
    static final int MAX_EXTRA_LICENSES = 300;
    static final int LICENSE_SKEW = 3;

    final Partner partner;
    final String[] productIds;
    final Resellers resellers;
    final Customers customers;
    final Subscriptions subscriptions;

    private Population(Partner partner, String[] productIds, Resellers resellers, Customers customers, Subscriptions subscriptions) {
        this.partner = partner;
        this.productIds = productIds;
        this.resellers = resellers;
        this.customers = customers;
        this.subscriptions = subscriptions;
    }

    static Population generate(DatasetSettings settings, RandomStreams streams) {
        SplittableRandom partnerRnd = streams.partner();
        Partner partner = new Partner(guid(partnerRnd), PARTNER_NAME, 4_000_000 + partnerRnd.nextInt(900_000), PARTNER_MARKET);
        String[] productIds = new String[Catalog.PRODUCTS.size()];
        for (int i = 0; i < productIds.length; i++) {
            productIds[i] = guid(streams.products());
        }
        long asOf = Days.startOf(settings.asOf());
        Resellers resellers = resellers(streams.resellers(), settings.resellers());
        Customers customers = customers(streams.customers(), settings, asOf);
        Subscriptions subscriptions = subscriptions(streams.subscriptions(), settings.subscriptions(), customers, asOf);
        return new Population(partner, productIds, resellers, customers, subscriptions);
    }

    private static Resellers resellers(SplittableRandom rnd, int n) {
        Resellers r = new Resellers(n);
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id;
            do {
                id = Integer.toString(MIN_PARTNER_ID + rnd.nextInt(8_999_999));
            } while (!ids.add(id));
            r.mpnId[i] = id;
            r.tenantId[i] = guid(rnd);
            r.market[i] = pick(rnd, Catalog.MARKETS);
            String base = any(rnd, Catalog.RESELLER_STEMS) + " " + any(rnd, Catalog.RESELLER_KINDS) + " " + Catalog.legalSuffix(r.market[i], rnd.nextInt(2));
            r.name[i] = unique(names, base);
        }
        return r;
    }

    private static Customers customers(SplittableRandom rnd, DatasetSettings settings, long asOf) {
        int n = settings.customers();
        Customers c = new Customers(n);
        Set<String> names = new HashSet<>(n * 2);
        long from = Days.startOf(settings.asOf().minusYears(CUSTOMER_WINDOW_YEARS).withDayOfYear(1));
        for (int i = 0; i < n; i++) {
            c.tenantId[i] = guid(rnd);
            c.market[i] = pick(rnd, Catalog.MARKETS);
            String qualifier = any(rnd, Catalog.NAME_QUALIFIERS);
            String base = any(rnd, Catalog.NAME_STEMS) + (qualifier.isEmpty() ? "" : " " + qualifier) + " "
                    + any(rnd, Catalog.NAME_INDUSTRIES) + " " + Catalog.legalSuffix(c.market[i], rnd.nextInt(2));
            c.name[i] = unique(names, base);
            c.reseller[i] = percent(rnd, INDIRECT_CUSTOMER_PERCENT) ? rnd.nextInt(settings.resellers()) : Customers.DIRECT;
            // more customers joined recently than long ago
            c.since[i] = from + (long) (Math.sqrt(rnd.nextDouble()) * (asOf - from - NEWEST_CUSTOMER_DAYS * DAY));
        }
        return c;
    }

    /** {@code base}, or {@code base 2}, {@code base 3} ... when taken; adds it to {@code names}. */
    private static String unique(Set<String> names, String base) {
        String name = base;
        for (int k = 2; !names.add(name); k++) {
            name = base + " " + k;
        }
        return name;
    }

    private static Subscriptions subscriptions(SplittableRandom rnd, int n, Customers customers, long asOf) {
        int nc = customers.size();
        Subscriptions s = new Subscriptions(n);
        for (int i = 0; i < n; i++) {
            // every customer has a subscription; the others go mostly to the bigger customers
            int c = i < nc ? i : (int) (nc * Math.pow(rnd.nextDouble(), BIG_CUSTOMER_SKEW));
            int p = Draws.product(rnd);
            Catalog.Product product = Catalog.PRODUCTS.get(p);
            s.customer[i] = c;
            s.product[i] = p;
            s.id[i] = guid(rnd);
            s.friendlyName[i] = any(rnd, product.friendlyNames());
            long created = i < nc ? customers.since[c] : between(rnd, customers.since[c], asOf - DAY);
            s.created[i] = created;
            s.suspended[i] = DateColumn.NULL;
            s.deprovisioned[i] = DateColumn.NULL;
            SubscriptionStatus status = SubscriptionStatus.draw(rnd);
            s.status[i] = status;
            if (status == SubscriptionStatus.DEPROVISIONED) {
                s.deprovisioned[i] = between(rnd, created + DAY, asOf);
            } else if (status == SubscriptionStatus.SUSPENDED) {
                s.suspended[i] = between(rnd, created + DAY, asOf);
            }
            s.licenses[i] = product.licensed() ? 1 + (int) (Math.pow(rnd.nextDouble(), LICENSE_SKEW) * MAX_EXTRA_LICENSES) : 0;
        }
        return s;
    }
}
