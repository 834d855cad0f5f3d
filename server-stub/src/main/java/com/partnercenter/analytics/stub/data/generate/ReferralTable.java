package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Catalog.Weighted;
import static com.partnercenter.analytics.stub.data.generate.Days.DAY;
import static com.partnercenter.analytics.stub.data.generate.Days.HOUR;
import static com.partnercenter.analytics.stub.data.generate.Days.floorDay;
import static com.partnercenter.analytics.stub.data.generate.Draws.any;
import static com.partnercenter.analytics.stub.data.generate.Draws.pick;
import static com.partnercenter.analytics.stub.data.generate.Draws.wholeSeconds;

/**
 * The {@code Referral} resource: referrals created evenly over the last two years, each with the dates of the
 * steps its status implies. A won referral is one of the partner's customers; the others are prospects.
 */
final class ReferralTable {
    /** The rows span this many days up to "today". */
    static final int REFERRAL_DAYS = 730;
    /** A new referral is missed after 2 days without an answer, and expires after 14. */
    static final int MISSED_AFTER_DAYS = 2;
    static final int EXPIRED_AFTER_DAYS = 14;
    /** Skipped within 48 hours; acknowledged within 36; declined or accepted within 24 of that. */
    static final int SKIPPED_WITHIN_HOURS = 48;
    static final int ACKNOWLEDGED_WITHIN_HOURS = 36;
    static final int ANSWERED_WITHIN_HOURS = 24;
    /** An accepted referral is won or lost 2 to 61 days later, or archived after 30. */
    static final int MIN_CLOSING_DAYS = 2;
    static final int CLOSING_DAYS_RANGE = 60;
    static final int ARCHIVED_AFTER_DAYS = 30;

    /** The status, with its wire name and its share of the referrals (weights out of 100, in this order). */
    enum ReferralStatus {
        NEW("New", 10), ACCEPTED("Accepted", 20), DECLINED("Declined", 10), WON("Won", 20), LOST("Lost", 12),
        EXPIRED("Expired", 10), MISSED("Missed", 6), SKIPPED("Skipped", 4), ARCHIVED("Archived", 8);

        static final List<Weighted<ReferralStatus>> WEIGHTED;

        static {
            List<Weighted<ReferralStatus>> w = new ArrayList<>();
            for (ReferralStatus s : values()) {
                w.add(new Weighted<>(s, s.weight));
            }
            WEIGHTED = List.copyOf(w);
        }

        final String wireName;
        final int weight;

        ReferralStatus(String wireName, int weight) {
            this.wireName = wireName;
            this.weight = weight;
        }
    }

    /** The date columns, in the order their builders are created. */
    private static final String[] DATE_KEYS = {"acceptedDate", "acknowledgedDate", "archivedDate", "declinedDate",
            "expiredDate", "lostDate", "missedDate", "createdDate", "skippedDate", "wonDate"};

    private final AnalyticsSpec spec;
    private final int n;
    private final long asOf;

    ReferralTable(AnalyticsSpec spec, int n, long asOf) {
        this.spec = spec;
        this.n = n;
        this.asOf = asOf;
    }

    /** The dates of one referral's steps; {@link DateColumn#NULL} for the steps it did not take. */
    private static final class Steps {
        long acknowledged = DateColumn.NULL;
        long accepted = DateColumn.NULL;
        long archived = DateColumn.NULL;
        long declined = DateColumn.NULL;
        long expired = DateColumn.NULL;
        long lost = DateColumn.NULL;
        long missed = DateColumn.NULL;
        long skipped = DateColumn.NULL;
        long won = DateColumn.NULL;

        /** In the order of {@link #DATE_KEYS}. */
        long[] inColumnOrder(long created) {
            return new long[]{accepted, acknowledged, archived, declined, expired, lost, missed, created, skipped, won};
        }
    }

    Table build(SplittableRandom rnd, Population population) {
        Customers customers = population.customers;
        Table.Builder t = Table.builder(RowSchema.read(spec, "Referral"), n);
        long first = floorDay(asOf) - (REFERRAL_DAYS - 1) * DAY;
        for (int i = 0; i < n; i++) {
            ReferralStatus status = pick(rnd, ReferralStatus.WEIGHTED);
            long created = floorDay(first + (long) i * REFERRAL_DAYS / Math.max(1, n) * DAY) + wholeSeconds(rnd, DAY);
            Steps steps = steps(rnd, status, created);
            String name;
            String market;
            if (status == ReferralStatus.WON) {
                int c = rnd.nextInt(customers.name.length);
                name = customers.name[c];
                market = customers.market[c];
            } else {
                market = pick(rnd, Catalog.MARKETS);
                name = any(rnd, Catalog.NAME_STEMS) + " " + any(rnd, Catalog.NAME_INDUSTRIES) + " " + Catalog.legalSuffix(market, rnd.nextInt(2));
            }
            t.string("id").append(Integer.toString(100_000 + i));
            t.string("status").append(status.wireName);
            t.string("customerMarket").append(market);
            t.string("customerName").append(name);
            t.string("customerOrgSize").append(pick(rnd, Catalog.ORG_SIZES));
            t.string("partnerMarket").append(pick(rnd, Catalog.PROFILE_MARKETS));
            long[] values = steps.inColumnOrder(created);
            for (int k = 0; k < DATE_KEYS.length; k++) {
                // a step that would fall after "today" has not happened yet
                t.date(DATE_KEYS[k]).append(values[k] != DateColumn.NULL && values[k] > asOf + DAY ? DateColumn.NULL : values[k]);
            }
        }
        return t.build();
    }

    private static Steps steps(SplittableRandom rnd, ReferralStatus status, long created) {
        Steps s = new Steps();
        switch (status) {
            case MISSED -> s.missed = created + MISSED_AFTER_DAYS * DAY;
            case EXPIRED -> s.expired = created + EXPIRED_AFTER_DAYS * DAY;
            case SKIPPED -> s.skipped = created + wholeSeconds(rnd, SKIPPED_WITHIN_HOURS * HOUR);
            case NEW -> {
            }
            default -> {
                s.acknowledged = created + wholeSeconds(rnd, ACKNOWLEDGED_WITHIN_HOURS * HOUR);
                if (status == ReferralStatus.DECLINED) {
                    s.declined = s.acknowledged + wholeSeconds(rnd, ANSWERED_WITHIN_HOURS * HOUR);
                } else {
                    s.accepted = s.acknowledged + wholeSeconds(rnd, ANSWERED_WITHIN_HOURS * HOUR);
                    switch (status) {
                        case WON -> s.won = closed(rnd, s.accepted);
                        case LOST -> s.lost = closed(rnd, s.accepted);
                        case ARCHIVED -> s.archived = s.accepted + ARCHIVED_AFTER_DAYS * DAY;
                        default -> {
                        }
                    }
                }
            }
        }
        return s;
    }

    private static long closed(SplittableRandom rnd, long accepted) {
        return accepted + (MIN_CLOSING_DAYS + rnd.nextInt(CLOSING_DAYS_RANGE)) * DAY + wholeSeconds(rnd, DAY);
    }
}
