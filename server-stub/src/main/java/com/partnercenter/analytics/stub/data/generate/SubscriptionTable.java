package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.BooleanColumn;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.LongColumn;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.StringColumn;
import com.partnercenter.analytics.stub.data.Table;

import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Days.DAY;
import static com.partnercenter.analytics.stub.data.generate.Days.HOUR;
import static com.partnercenter.analytics.stub.data.generate.Days.floorDay;
import static com.partnercenter.analytics.stub.data.generate.Days.plusMonths;
import static com.partnercenter.analytics.stub.data.generate.Draws.percent;
import static com.partnercenter.analytics.stub.data.generate.SubscriptionStatus.ACTIVE;
import static com.partnercenter.analytics.stub.data.generate.SubscriptionStatus.DEPROVISIONED;
import static com.partnercenter.analytics.stub.data.generate.SubscriptionStatus.SUSPENDED;

/**
 * The {@code Subscription} resource: one row per subscription, with its term, trial, renewal, usage and churn
 * dates drawn from a stream of its own (salted seed), so the entities' streams stay as they are.
 */
final class SubscriptionTable {
    /** Salt of this table's own stream. */
    static final long STREAM_SALT = 0x5AB5C41B7104L;
    /** Of every hundred termed subscriptions, this many bill monthly; the others annually. */
    static final int MONTHLY_BILLING_PERCENT = 30;
    /** ... and this many began as a trial of {@link #TRIAL_DAYS} days. */
    static final int TRIAL_PERCENT = 12;
    static final int TRIAL_DAYS = 30;
    /** A renewal is processed within this many hours of the term's start. */
    static final int RENEWAL_HOURS = 6;
    /** Of every hundred active subscriptions, this many renew automatically (suspended ones: half). */
    static final int ACTIVE_AUTO_RENEW_PERCENT = 85;
    /** Of every hundred subscriptions, this many were never used; the others within the last 20 days of their life. */
    static final int NEVER_USED_PERCENT = 8;
    static final int LAST_USAGE_DAYS = 20;
    /** A suspended subscription is deprovisioned this many days after it was suspended. */
    static final int SUSPENSION_DAYS = 90;
    /** Of every hundred active subscriptions that renew automatically, this many are at low churn risk. */
    static final int LOW_CHURN_RISK_PERCENT = 80;

    enum ChurnRisk {
        LOW("Low"), MEDIUM("Medium"), HIGH("High");

        final String wireName;

        ChurnRisk(String wireName) {
            this.wireName = wireName;
        }
    }

    enum BillingCycle {
        MONTHLY, ANNUAL, NONE
    }

    /** The dates of a trial; all {@link DateColumn#NULL} for a subscription without one. */
    private record Trial(long start, long end, long toPaid) {
        static final Trial NONE = new Trial(DateColumn.NULL, DateColumn.NULL, DateColumn.NULL);
    }

    /** The end of the current commitment and the last renewal; {@link DateColumn#NULL} when there is none. */
    private record Term(long commitmentEnd, long lastRenewal) {
        static final Term NONE = new Term(DateColumn.NULL, DateColumn.NULL);
    }

    private final AnalyticsSpec spec;
    private final long seed;
    private final long asOf;

    SubscriptionTable(AnalyticsSpec spec, long seed, long asOf) {
        this.spec = spec;
        this.seed = seed;
        this.asOf = asOf;
    }

    Table build(Population population) {
        SplittableRandom rnd = new SplittableRandom(seed ^ STREAM_SALT);
        Subscriptions s = population.subscriptions;
        Columns t = new Columns(Table.builder(RowSchema.read(spec, "Subscription"), s.n), population);
        for (int i = 0; i < s.n; i++) {
            Catalog.Product product = s.product(i);
            SubscriptionStatus st = s.status[i];
            long created = s.created[i];
            long start = floorDay(created);
            boolean termed = product.termed();
            boolean monthly = termed && percent(rnd, MONTHLY_BILLING_PERCENT);
            long end = st == DEPROVISIONED ? s.deprovisioned[i] : st == SUSPENDED ? s.suspended[i] : asOf;
            Trial trial = termed ? trial(rnd, s, i, start) : Trial.NONE;
            Term term = termed ? term(rnd, start, end, monthly) : Term.NONE;
            boolean autoRenew = st == ACTIVE ? percent(rnd, ACTIVE_AUTO_RENEW_PERCENT) : st == SUSPENDED && rnd.nextBoolean();
            long lastUsage = percent(rnd, NEVER_USED_PERCENT) ? DateColumn.NULL : Math.max(created, end - rnd.nextLong(LAST_USAGE_DAYS * DAY));
            long currentStateEnd = st == ACTIVE ? term.commitmentEnd()
                    : st == SUSPENDED ? floorDay(s.suspended[i]) + SUSPENSION_DAYS * DAY : DateColumn.NULL;
            ChurnRisk risk = churnRisk(rnd, st, autoRenew);
            BillingCycle cycle = product.azure() ? BillingCycle.MONTHLY : !termed ? BillingCycle.NONE
                    : monthly ? BillingCycle.MONTHLY : BillingCycle.ANNUAL;

            t.customer(s.customer[i]);
            t.id.append(s.id[i]);
            t.status.append(st.wireName());
            t.productName.append(product.name());
            t.subscriptionType.append(product.subscriptionType());
            t.autoRenewEnabled.append(autoRenew);
            t.seller(population.customers.reseller[s.customer[i]]);
            t.friendlyName.append(s.friendlyName[i]);
            t.creationDate.append(created);
            t.effectiveStartDate.append(start);
            t.commitmentEndDate.append(term.commitmentEnd());
            t.currentStateEndDate.append(currentStateEnd);
            t.trialToPaidConversionDate.append(trial.toPaid());
            t.trialStartDate.append(trial.start());
            t.trialEndDate.append(trial.end());
            t.lastUsageDate.append(lastUsage);
            t.deprovisionedDate.append(s.deprovisioned[i]);
            t.lastRenewalDate.append(term.lastRenewal());
            t.licenseCount.append(s.licenses[i]);
            t.churnRisk.append(risk.wireName);
            t.billingCycleName.append(cycle.name());
        }
        return t.table.build();
    }

    /** Some termed subscriptions began as a trial, converted to paid when it ended unless deprovisioned during it. */
    private Trial trial(SplittableRandom rnd, Subscriptions s, int i, long start) {
        if (!percent(rnd, TRIAL_PERCENT)) {
            return Trial.NONE;
        }
        long trialEnd = start + TRIAL_DAYS * DAY;
        long toPaid = DateColumn.NULL;
        if (s.status[i] != DEPROVISIONED || s.deprovisioned[i] > trialEnd + DAY) {
            toPaid = trialEnd <= asOf ? trialEnd + rnd.nextLong(DAY) : DateColumn.NULL;
        }
        return new Trial(s.created[i], trialEnd, toPaid);
    }

    /** Terms of a month or a year follow each other from the start; the current one is the first ending after {@code end}. */
    private static Term term(SplittableRandom rnd, long start, long end, boolean monthly) {
        int step = monthly ? 1 : 12;
        int k = 1;
        while (plusMonths(start, k * step) <= end) {
            k++;
        }
        long commitmentEnd = plusMonths(start, k * step);
        long lastRenewal = k > 1 ? plusMonths(start, (k - 1) * step) + rnd.nextLong(RENEWAL_HOURS * HOUR) : DateColumn.NULL;
        return new Term(commitmentEnd, lastRenewal);
    }

    private static ChurnRisk churnRisk(SplittableRandom rnd, SubscriptionStatus status, boolean autoRenew) {
        if (status != ACTIVE) {
            return ChurnRisk.HIGH;
        }
        if (!autoRenew) {
            return rnd.nextBoolean() ? ChurnRisk.MEDIUM : ChurnRisk.HIGH;
        }
        return percent(rnd, LOW_CHURN_RISK_PERCENT) ? ChurnRisk.LOW : ChurnRisk.MEDIUM;
    }

    /** The table's column builders; customers, the partner and its provider name are interned once, rows store codes. */
    private static final class Columns {
        final Table.Builder table;
        final StringColumn.Builder customerTenantId;
        final StringColumn.Builder customerName;
        final StringColumn.Builder customerMarket;
        final StringColumn.Builder id;
        final StringColumn.Builder status;
        final StringColumn.Builder productName;
        final StringColumn.Builder subscriptionType;
        final BooleanColumn.Builder autoRenewEnabled;
        final StringColumn.Builder partnerId;
        final StringColumn.Builder friendlyName;
        final StringColumn.Builder partnerName;
        final StringColumn.Builder providerName;
        final DateColumn.Builder creationDate;
        final DateColumn.Builder effectiveStartDate;
        final DateColumn.Builder commitmentEndDate;
        final DateColumn.Builder currentStateEndDate;
        final DateColumn.Builder trialToPaidConversionDate;
        final DateColumn.Builder trialStartDate;
        final DateColumn.Builder trialEndDate;
        final DateColumn.Builder lastUsageDate;
        final DateColumn.Builder deprovisionedDate;
        final DateColumn.Builder lastRenewalDate;
        final LongColumn.Builder licenseCount;
        final StringColumn.Builder churnRisk;
        final StringColumn.Builder billingCycleName;
        private final Resellers resellers;
        private final int[] tenantCode;
        private final int[] nameCode;
        private final int[] marketCode;
        private final int direct;
        private final int partnerNameCode;
        private final int noProvider;
        private final int providerCode;

        Columns(Table.Builder t, Population population) {
            // the columns are created in this order, which is the order of their dictionaries' first entries
            table = t;
            customerTenantId = t.string("customerTenantId");
            customerName = t.string("customerName");
            customerMarket = t.string("customerMarket");
            id = t.string("id");
            status = t.string("status");
            productName = t.string("productName");
            subscriptionType = t.string("subscriptionType");
            autoRenewEnabled = t.bool("autoRenewEnabled");
            partnerId = t.string("partnerId");
            friendlyName = t.string("friendlyName");
            partnerName = t.string("partnerName");
            providerName = t.string("providerName");
            creationDate = t.date("creationDate");
            effectiveStartDate = t.date("effectiveStartDate");
            commitmentEndDate = t.date("commitmentEndDate");
            currentStateEndDate = t.date("currentStateEndDate");
            trialToPaidConversionDate = t.date("trialToPaidConversionDate");
            trialStartDate = t.date("trialStartDate");
            trialEndDate = t.date("trialEndDate");
            lastUsageDate = t.date("lastUsageDate");
            deprovisionedDate = t.date("deprovisionedDate");
            lastRenewalDate = t.date("lastRenewalDate");
            licenseCount = t.integer("licenseCount");
            churnRisk = t.string("churnRisk");
            billingCycleName = t.string("billingCycleName");

            Customers customers = population.customers;
            resellers = population.resellers;
            int nc = customers.size();
            tenantCode = new int[nc];
            nameCode = new int[nc];
            marketCode = new int[nc];
            for (int c = 0; c < nc; c++) {
                tenantCode[c] = customerTenantId.intern(customers.tenantId[c]);
                nameCode[c] = customerName.intern(customers.name[c]);
                marketCode[c] = customerMarket.intern(customers.market[c]);
            }
            direct = partnerId.intern(population.partner.tenantId());
            partnerNameCode = partnerName.intern(population.partner.name());
            noProvider = providerName.intern("");
            providerCode = providerName.intern(population.partner.name());
        }

        void customer(int c) {
            customerTenantId.appendCode(tenantCode[c]);
            customerName.appendCode(nameCode[c]);
            customerMarket.appendCode(marketCode[c]);
        }

        /** Who sold the subscription: the partner itself, or the reseller (with the partner as provider). */
        void seller(int reseller) {
            if (reseller == Customers.DIRECT) {
                partnerId.appendCode(direct);
                partnerName.appendCode(partnerNameCode);
                providerName.appendCode(noProvider);
            } else {
                partnerId.append(resellers.tenantId[reseller]);
                partnerName.append(resellers.name[reseller]);
                providerName.appendCode(providerCode);
            }
        }
    }
}
