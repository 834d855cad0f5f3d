package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.DateColumn;
import com.partnercenter.analytics.stub.data.LongColumn;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.StringColumn;
import com.partnercenter.analytics.stub.data.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Catalog.Meter;
import static com.partnercenter.analytics.stub.data.generate.Days.DAY;
import static com.partnercenter.analytics.stub.data.generate.Days.floorDay;
import static com.partnercenter.analytics.stub.data.generate.Draws.any;
import static com.partnercenter.analytics.stub.data.generate.Draws.guid;
import static com.partnercenter.analytics.stub.data.generate.Draws.percent;

/**
 * The {@code AzureUsage} resource: the requested number of rows shared out over the Azure subscriptions, each row
 * one meter on one day of the subscription's life (at most the last two years), so no subscription, meter and day
 * repeats.
 */
final class AzureUsageTable {
    /** Usage goes back at most this many days. */
    static final int USAGE_DAYS = 730;
    /** Each subscription uses at least 2 and up to 6 meters (more when its share of rows needs them). */
    static final int MIN_METERS = 2;
    static final int EXTRA_METERS = 5;
    /** A subscription's meters are taken this far apart in the catalogue, from a random first one. */
    static final int METER_STRIDE = 7;
    /** Of every hundred subscriptions, this many have a reservation (on their reservable meters). */
    static final int RESERVED_PERCENT = 15;

    private final AnalyticsSpec spec;
    private final int target;
    private final long asOf;

    AzureUsageTable(AnalyticsSpec spec, int target, long asOf) {
        this.spec = spec;
        this.target = target;
        this.asOf = asOf;
    }

    Table build(SplittableRandom rnd, Population population) {
        Subscriptions s = population.subscriptions;
        Customers customers = population.customers;
        List<Integer> azureSubs = new ArrayList<>();
        for (int i = 0; i < s.n; i++) {
            if (s.product(i).azure()) {
                azureSubs.add(i);
            }
        }
        Table.Builder t = Table.builder(RowSchema.read(spec, "AzureUsage"), target);
        StringColumn.Builder customerTenantId = t.string("customerTenantId");
        StringColumn.Builder customerName = t.string("customerName");
        StringColumn.Builder subscriptionId = t.string("subscriptionId");
        StringColumn.Builder subscriptionName = t.string("subscriptionName");
        DateColumn.Builder usageDate = t.date("usageDate");
        StringColumn.Builder resourceLocation = t.string("resourceLocation");
        StringColumn.Builder meterCategory = t.string("meterCategory");
        StringColumn.Builder meterSubcategory = t.string("meterSubcategory");
        StringColumn.Builder meterUnit = t.string("meterUnit");
        StringColumn.Builder reservationOrderId = t.string("reservationOrderId");
        StringColumn.Builder reservationId = t.string("reservationId");
        StringColumn.Builder consumptionMeterId = t.string("consumptionMeterId");
        StringColumn.Builder serviceType = t.string("serviceType");
        LongColumn.Builder quantity = t.integer("quantity");
        if (azureSubs.isEmpty() || target == 0) {
            return t.build();
        }
        List<Meter> meters = Catalog.METERS;
        int[] meterIdCodes = new int[meters.size()];
        int none = consumptionMeterId.intern("");
        for (int m = 0; m < meters.size(); m++) {
            meterIdCodes[m] = meters.get(m).hasConsumptionMeterId() ? consumptionMeterId.intern(guid(rnd)) : none;
        }
        int emptyOrder = reservationOrderId.intern("");
        int emptyReservation = reservationId.intern("");
        long usageWindow = USAGE_DAYS * DAY;
        int remaining = target;
        int subsLeft = azureSubs.size();
        for (int idx : azureSubs) {
            if (remaining == 0) {
                break;
            }
            int quota = (remaining + subsLeft - 1) / subsLeft;
            subsLeft--;
            long from = Math.max(floorDay(s.created[idx]), floorDay(asOf) - usageWindow);
            long to = s.deprovisioned[idx] != DateColumn.NULL ? floorDay(s.deprovisioned[idx]) : floorDay(asOf);
            int days = (int) Math.max(1, (to - from) / DAY);
            int k = Math.min(meters.size(), Math.max(MIN_METERS + rnd.nextInt(EXTRA_METERS), (quota + days - 1) / days));
            int rows = Math.min(quota, days * k);
            // this subscription's meters, region and reservation
            int[] chosen = new int[k];
            int offset = rnd.nextInt(meters.size());
            for (int j = 0; j < k; j++) {
                chosen[j] = (offset + j * METER_STRIDE) % meters.size();
            }
            String location = any(rnd, Catalog.AZURE_LOCATIONS);
            boolean reserved = percent(rnd, RESERVED_PERCENT);
            int orderCode = reserved ? reservationOrderId.intern(guid(rnd)) : emptyOrder;
            int reservationCode = reserved ? reservationId.intern(guid(rnd)) : emptyReservation;
            int c = s.customer[idx];
            int tenant = customerTenantId.intern(customers.tenantId[c]);
            int name = customerName.intern(customers.name[c]);
            int subId = subscriptionId.intern(s.id[idx]);
            int subName = subscriptionName.intern(s.friendlyName[idx]);
            int loc = resourceLocation.intern(location);
            int perMeter = (rows + k - 1) / k;
            int stride = Math.max(1, days / perMeter);
            for (int j = 0; j < rows; j++) {
                Meter meter = meters.get(chosen[j % k]);
                long day = from + (long) (j / k) * stride * DAY;
                customerTenantId.appendCode(tenant);
                customerName.appendCode(name);
                subscriptionId.appendCode(subId);
                subscriptionName.appendCode(subName);
                usageDate.append(day);
                resourceLocation.appendCode(loc);
                meterCategory.append(meter.category());
                meterSubcategory.append(meter.subcategory());
                meterUnit.append(meter.unit());
                boolean reservedRow = reserved && meter.reservable();
                reservationOrderId.appendCode(reservedRow ? orderCode : emptyOrder);
                reservationId.appendCode(reservedRow ? reservationCode : emptyReservation);
                consumptionMeterId.appendCode(meterIdCodes[chosen[j % k]]);
                serviceType.append(meter.serviceType());
                quantity.append(meter.dailyMin() + (long) rnd.nextInt(meter.dailyMax() - meter.dailyMin() + 1));
            }
            remaining -= rows;
        }
        return t.build();
    }
}
