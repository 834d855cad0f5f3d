package com.partnercenter.analytics.stub.data;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.json.WireDates;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.LinkedHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.partnercenter.analytics.stub.data.Catalog.Meter;
import static com.partnercenter.analytics.stub.data.Catalog.Product;
import static com.partnercenter.analytics.stub.data.Catalog.Weighted;
import static com.partnercenter.analytics.stub.data.Catalog.Workload;

/**
 * Builds the embedded dataset from a seed: one partner, its customers, indirect resellers and subscriptions,
 * and every other resource derived from those, so the same tenant, customer and subscription ids appear
 * everywhere (a customer's Azure usage belongs to its Azure subscriptions, its license rows add up its
 * subscriptions' licenses, a reseller's counts add up the subscriptions sold through it).
 *
 * <p>Every resource draws from its own random stream split off the seed, so resources are generated in
 * parallel and the result is the same for the same seed and sizes.
 */
public final class DatasetGenerator {
    private static final long DAY = 86_400_000L;

    private final AnalyticsSpec spec;
    private final DatasetSettings settings;
    private final long asOf;

    public DatasetGenerator(AnalyticsSpec spec, DatasetSettings settings) {
        this.spec = spec;
        this.settings = settings;
        this.asOf = settings.asOf().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    // ---------------------------------------------------------------- entities kept while generating

    private static final class Customers {
        String[] tenantId;
        String[] name;
        String[] market;
        int[] reseller; // -1: bought directly from the partner
        long[] since;
    }

    private static final class Resellers {
        String[] mpnId;
        String[] tenantId;
        String[] name;
        String[] market;
    }

    private static final class Subscriptions {
        int n;
        int[] customer;
        int[] product;
        String[] id;
        String[] friendlyName;
        byte[] status; // 0 active, 1 suspended, 2 deprovisioned
        long[] created;
        long[] suspended;
        long[] deprovisioned;
        int[] licenses;
    }

    private static final String[] STATUS = {"ACTIVE", "SUSPENDED", "DEPROVISIONED"};

    // ---------------------------------------------------------------- entry point

    /** Generates every table, starting at once. */
    public Dataset generate() {
        return generate(CompletableFuture.completedFuture(null));
    }

    /**
     * Generates the subscriptions at once and every other table once {@code othersMayStart} completes. The stub
     * opens that gate when it is serving: on 2 cores, building the other 160,000 rows while Spring starts slowed
     * its first answer by about 0.1 s, and each request waits only for the table it reads anyway. The data is the
     * same either way: every table draws from its own random stream.
     */
    public Dataset generate(CompletionStage<?> othersMayStart) {
        CompletableFuture<?> gate = othersMayStart.toCompletableFuture();
        SplittableRandom root = new SplittableRandom(settings.seed());
        SplittableRandom partnerRnd = root.split();
        SplittableRandom customerRnd = root.split();
        SplittableRandom resellerRnd = root.split();
        SplittableRandom subscriptionRnd = root.split();
        SplittableRandom azureRnd = root.split();
        SplittableRandom licenseRnd = root.split();
        SplittableRandom searchRnd = root.split();
        SplittableRandom referralRnd = root.split();
        SplittableRandom productRnd = root.split();

        Partner partner = new Partner(guid(partnerRnd), "Adventure Works Cloud Solutions", 4_000_000 + partnerRnd.nextInt(900_000), "US");
        String[] productIds = new String[Catalog.PRODUCTS.size()];
        for (int i = 0; i < productIds.length; i++) {
            productIds[i] = guid(productRnd);
        }
        Resellers resellers = resellers(resellerRnd);
        Customers customers = customers(customerRnd);
        Subscriptions subs = subscriptions(subscriptionRnd, customers, resellers.name.length);

        ExecutorService pool = Executors.newFixedThreadPool(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())), r -> {
            Thread t = new Thread(r, "dataset-generator");
            t.setDaemon(true);
            return t;
        });
        // subscriptions first: most requests (and the README's sample) read them
        Map<String, CompletableFuture<Table>> tables = new LinkedHashMap<>();
        tables.put("Subscription", CompletableFuture.supplyAsync(() -> subscriptionTable(partner, customers, resellers, subs), pool));
        tables.put("IndirectReseller", gate.thenApplyAsync(go -> resellerTable(partner, customers, resellers, subs), pool));
        CompletableFuture<Table[]> licenses = gate.thenApplyAsync(go -> licenses(licenseRnd, customers, subs, productIds), pool);
        tables.put("LicenseDeployment", licenses.thenApply(l -> l[0]));
        tables.put("LicenseUsage", licenses.thenApply(l -> l[1]));
        tables.put("Referral", gate.thenApplyAsync(go -> referrals(referralRnd, partner, customers, subs), pool));
        tables.put("SearchAnalytics", gate.thenApplyAsync(go -> searches(searchRnd, partner), pool));
        tables.put("AzureUsage", gate.thenApplyAsync(go -> azureUsage(azureRnd, customers, subs), pool));
        CompletableFuture.allOf(tables.values().toArray(new CompletableFuture[0])).whenComplete((v, e) -> pool.shutdown());
        return new Dataset(spec, partner, tables, settings.describe(), true);
    }

    // ---------------------------------------------------------------- helpers

    static String guid(SplittableRandom rnd) {
        long msb = (rnd.nextLong() & ~0xF000L) | 0x4000L;
        long lsb = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new java.util.UUID(msb, lsb).toString().toUpperCase(Locale.ROOT);
    }

    private static <T> T pick(SplittableRandom rnd, List<Weighted<T>> items) {
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

    private static <T> T any(SplittableRandom rnd, List<T> items) {
        return items.get(rnd.nextInt(items.size()));
    }

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

    private static int pickProduct(SplittableRandom rnd) {
        int r = rnd.nextInt(PRODUCT_TOTAL);
        for (int i = 0; i < PRODUCT_WEIGHTS.length; i++) {
            if (r < PRODUCT_WEIGHTS[i]) {
                return i;
            }
        }
        return PRODUCT_WEIGHTS.length - 1;
    }

    private long windowStart() {
        return settings.asOf().minusYears(4).withDayOfYear(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
    }

    private static long floorDay(long t) {
        return Math.floorDiv(t, DAY) * DAY;
    }

    private static long between(SplittableRandom rnd, long from, long to) {
        return to <= from ? from : from + (long) (rnd.nextDouble() * (to - from));
    }

    private static long plusMonths(long t, int months) {
        long day = Math.floorDiv(t, DAY);
        long ms = Math.floorMod(t, DAY);
        return LocalDate.ofEpochDay(day).plusMonths(months).toEpochDay() * DAY + ms;
    }

    // ---------------------------------------------------------------- partner's customers and resellers

    private Resellers resellers(SplittableRandom rnd) {
        int n = settings.resellers();
        Resellers r = new Resellers();
        r.mpnId = new String[n];
        r.tenantId = new String[n];
        r.name = new String[n];
        r.market = new String[n];
        Set<String> names = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id;
            do {
                id = Integer.toString(1_000_000 + rnd.nextInt(8_999_999));
            } while (!ids.add(id));
            r.mpnId[i] = id;
            r.tenantId[i] = guid(rnd);
            r.market[i] = pick(rnd, Catalog.MARKETS);
            String base = any(rnd, Catalog.RESELLER_STEMS) + " " + any(rnd, Catalog.RESELLER_KINDS) + " " + Catalog.legalSuffix(r.market[i], rnd.nextInt(2));
            String name = base;
            for (int k = 2; !names.add(name); k++) {
                name = base + " " + k;
            }
            r.name[i] = name;
        }
        return r;
    }

    private Customers customers(SplittableRandom rnd) {
        int n = settings.customers();
        Customers c = new Customers();
        c.tenantId = new String[n];
        c.name = new String[n];
        c.market = new String[n];
        c.reseller = new int[n];
        c.since = new long[n];
        Set<String> names = new HashSet<>(n * 2);
        long from = windowStart();
        for (int i = 0; i < n; i++) {
            c.tenantId[i] = guid(rnd);
            c.market[i] = pick(rnd, Catalog.MARKETS);
            String qualifier = any(rnd, Catalog.NAME_QUALIFIERS);
            String base = any(rnd, Catalog.NAME_STEMS) + (qualifier.isEmpty() ? "" : " " + qualifier) + " "
                    + any(rnd, Catalog.NAME_INDUSTRIES) + " " + Catalog.legalSuffix(c.market[i], rnd.nextInt(2));
            String name = base;
            for (int k = 2; !names.add(name); k++) {
                name = base + " " + k;
            }
            c.name[i] = name;
            c.reseller[i] = rnd.nextInt(100) < 40 ? rnd.nextInt(settings.resellers()) : -1;
            // more customers joined recently than long ago
            c.since[i] = from + (long) (Math.sqrt(rnd.nextDouble()) * (asOf - from - 30 * DAY));
        }
        return c;
    }

    // ---------------------------------------------------------------- subscriptions

    private Subscriptions subscriptions(SplittableRandom rnd, Customers customers, int resellers) {
        int n = settings.subscriptions();
        int nc = customers.tenantId.length;
        Subscriptions s = new Subscriptions();
        s.n = n;
        s.customer = new int[n];
        s.product = new int[n];
        s.id = new String[n];
        s.friendlyName = new String[n];
        s.status = new byte[n];
        s.created = new long[n];
        s.suspended = new long[n];
        s.deprovisioned = new long[n];
        s.licenses = new int[n];
        for (int i = 0; i < n; i++) {
            // every customer has a subscription; the others go mostly to the bigger customers
            int c = i < nc ? i : (int) (nc * Math.pow(rnd.nextDouble(), 2.2));
            int p = pickProduct(rnd);
            Product product = Catalog.PRODUCTS.get(p);
            s.customer[i] = c;
            s.product[i] = p;
            s.id[i] = guid(rnd);
            s.friendlyName[i] = product.friendlyNames()[rnd.nextInt(product.friendlyNames().length)];
            long created = i < nc ? customers.since[c] : between(rnd, customers.since[c], asOf - DAY);
            s.created[i] = created;
            s.suspended[i] = DateColumn.NULL;
            s.deprovisioned[i] = DateColumn.NULL;
            int roll = rnd.nextInt(100);
            byte status = roll < 12 ? (byte) 2 : roll < 20 ? (byte) 1 : (byte) 0;
            s.status[i] = status;
            if (status == 2) {
                s.deprovisioned[i] = between(rnd, created + DAY, asOf);
            } else if (status == 1) {
                s.suspended[i] = between(rnd, created + DAY, asOf);
            }
            s.licenses[i] = product.licensed() ? 1 + (int) (Math.pow(rnd.nextDouble(), 3) * 300) : 0;
        }
        return s;
    }

    private Table subscriptionTable(Partner partner, Customers customers, Resellers resellers, Subscriptions s) {
        SplittableRandom rnd = new SplittableRandom(settings.seed() ^ 0x5AB5C41B7104L);
        Table.Builder t = Table.builder(RowSchema.read(spec, "Subscription"), s.n);
        StringColumn.Builder customerTenantId = t.string("customerTenantId");
        StringColumn.Builder customerName = t.string("customerName");
        StringColumn.Builder customerMarket = t.string("customerMarket");
        StringColumn.Builder id = t.string("id");
        StringColumn.Builder status = t.string("status");
        StringColumn.Builder productName = t.string("productName");
        StringColumn.Builder subscriptionType = t.string("subscriptionType");
        BooleanColumn.Builder autoRenewEnabled = t.bool("autoRenewEnabled");
        StringColumn.Builder partnerId = t.string("partnerId");
        StringColumn.Builder friendlyName = t.string("friendlyName");
        StringColumn.Builder partnerName = t.string("partnerName");
        StringColumn.Builder providerName = t.string("providerName");
        DateColumn.Builder creationDate = t.date("creationDate");
        DateColumn.Builder effectiveStartDate = t.date("effectiveStartDate");
        DateColumn.Builder commitmentEndDate = t.date("commitmentEndDate");
        DateColumn.Builder currentStateEndDate = t.date("currentStateEndDate");
        DateColumn.Builder trialToPaidConversionDate = t.date("trialToPaidConversionDate");
        DateColumn.Builder trialStartDate = t.date("trialStartDate");
        DateColumn.Builder trialEndDate = t.date("trialEndDate");
        DateColumn.Builder lastUsageDate = t.date("lastUsageDate");
        DateColumn.Builder deprovisionedDate = t.date("deprovisionedDate");
        DateColumn.Builder lastRenewalDate = t.date("lastRenewalDate");
        LongColumn.Builder licenseCount = t.integer("licenseCount");
        StringColumn.Builder churnRisk = t.string("churnRisk");
        StringColumn.Builder billingCycleName = t.string("billingCycleName");

        // customers, products and resellers are interned once; rows store their codes
        int nc = customers.tenantId.length;
        int[] tenantCode = new int[nc];
        int[] nameCode = new int[nc];
        int[] marketCode = new int[nc];
        for (int c = 0; c < nc; c++) {
            tenantCode[c] = customerTenantId.intern(customers.tenantId[c]);
            nameCode[c] = customerName.intern(customers.name[c]);
            marketCode[c] = customerMarket.intern(customers.market[c]);
        }
        int direct = partnerId.intern(partner.tenantId());
        int partnerNameCode = partnerName.intern(partner.name());
        int noProvider = providerName.intern("");
        int providerCode = providerName.intern(partner.name());

        for (int i = 0; i < s.n; i++) {
            int c = s.customer[i];
            Product product = Catalog.PRODUCTS.get(s.product[i]);
            byte st = s.status[i];
            long created = s.created[i];
            long start = floorDay(created);
            boolean azure = "Azure".equals(product.subscriptionType());
            boolean termed = !azure && !"UNKNOWN".equals(product.subscriptionType());
            boolean monthly = termed && rnd.nextInt(100) < 30;
            long end = st == 2 ? s.deprovisioned[i] : st == 1 ? s.suspended[i] : asOf;

            // trials: some licensed subscriptions began as a 30-day trial
            long trialStart = DateColumn.NULL;
            long trialEnd = DateColumn.NULL;
            long trialToPaid = DateColumn.NULL;
            if (termed && rnd.nextInt(100) < 12) {
                trialStart = created;
                trialEnd = start + 30 * DAY;
                if (st != 2 || s.deprovisioned[i] > trialEnd + DAY) {
                    trialToPaid = trialEnd <= asOf ? trialEnd + rnd.nextLong(DAY) : DateColumn.NULL;
                }
            }

            long commitmentEnd = DateColumn.NULL;
            long lastRenewal = DateColumn.NULL;
            if (termed) {
                int step = monthly ? 1 : 12;
                int k = 1;
                while (plusMonths(start, k * step) <= end) {
                    k++;
                }
                commitmentEnd = plusMonths(start, k * step);
                if (k > 1) {
                    lastRenewal = plusMonths(start, (k - 1) * step) + rnd.nextLong(6 * 3_600_000L);
                }
            }

            boolean autoRenew = st == 0 ? rnd.nextInt(100) < 85 : st == 1 && rnd.nextBoolean();
            long lastUsage;
            int usageRoll = rnd.nextInt(100);
            if (usageRoll < 8) {
                lastUsage = DateColumn.NULL;
            } else {
                lastUsage = Math.max(created, end - rnd.nextLong(20 * DAY));
            }
            long currentStateEnd = st == 0 ? commitmentEnd : st == 1 ? floorDay(s.suspended[i]) + 90 * DAY : DateColumn.NULL;
            String risk = st != 0 ? "High" : !autoRenew ? (rnd.nextBoolean() ? "Medium" : "High") : rnd.nextInt(100) < 80 ? "Low" : "Medium";

            customerTenantId.appendCode(tenantCode[c]);
            customerName.appendCode(nameCode[c]);
            customerMarket.appendCode(marketCode[c]);
            id.append(s.id[i]);
            status.append(STATUS[st]);
            productName.append(product.name());
            subscriptionType.append(product.subscriptionType());
            autoRenewEnabled.append(autoRenew);
            int r = customers.reseller[c];
            if (r < 0) {
                partnerId.appendCode(direct);
                partnerName.appendCode(partnerNameCode);
                providerName.appendCode(noProvider);
            } else {
                partnerId.append(resellers.tenantId[r]);
                partnerName.append(resellers.name[r]);
                providerName.appendCode(providerCode);
            }
            friendlyName.append(s.friendlyName[i]);
            creationDate.append(created);
            effectiveStartDate.append(start);
            commitmentEndDate.append(commitmentEnd);
            currentStateEndDate.append(currentStateEnd);
            trialToPaidConversionDate.append(trialToPaid);
            trialStartDate.append(trialStart);
            trialEndDate.append(trialEnd);
            lastUsageDate.append(lastUsage);
            deprovisionedDate.append(s.deprovisioned[i]);
            lastRenewalDate.append(lastRenewal);
            licenseCount.append(s.licenses[i]);
            churnRisk.append(risk);
            billingCycleName.append(azure ? "MONTHLY" : !termed ? "NONE" : monthly ? "MONTHLY" : "ANNUAL");
        }
        return t.build();
    }

    // ---------------------------------------------------------------- indirect resellers

    private Table resellerTable(Partner partner, Customers customers, Resellers resellers, Subscriptions s) {
        int n = resellers.name.length;
        long[] firstCreated = filled(n, Long.MAX_VALUE);
        long[] latestCreated = filled(n, Long.MIN_VALUE);
        long[] firstEnd = filled(n, Long.MAX_VALUE);
        long[] latestEnd = filled(n, Long.MIN_VALUE);
        long[] firstSuspended = filled(n, Long.MAX_VALUE);
        long[] latestSuspended = filled(n, Long.MIN_VALUE);
        long[] firstDeprov = filled(n, Long.MAX_VALUE);
        long[] latestDeprov = filled(n, Long.MIN_VALUE);
        long[] subscriptions = new long[n];
        long[] licenses = new long[n];
        // commitment end dates are computed while writing the subscription table; recompute the plain term end here
        for (int i = 0; i < s.n; i++) {
            int r = customers.reseller[s.customer[i]];
            if (r < 0) {
                continue;
            }
            subscriptions[r]++;
            licenses[r] += s.licenses[i];
            firstCreated[r] = Math.min(firstCreated[r], s.created[i]);
            latestCreated[r] = Math.max(latestCreated[r], s.created[i]);
            long end = termEnd(s, i);
            if (end != DateColumn.NULL) {
                firstEnd[r] = Math.min(firstEnd[r], end);
                latestEnd[r] = Math.max(latestEnd[r], end);
            }
            if (s.suspended[i] != DateColumn.NULL) {
                firstSuspended[r] = Math.min(firstSuspended[r], s.suspended[i]);
                latestSuspended[r] = Math.max(latestSuspended[r], s.suspended[i]);
            }
            if (s.deprovisioned[i] != DateColumn.NULL) {
                firstDeprov[r] = Math.min(firstDeprov[r], s.deprovisioned[i]);
                latestDeprov[r] = Math.max(latestDeprov[r], s.deprovisioned[i]);
            }
        }
        Table.Builder t = Table.builder(RowSchema.read(spec, "IndirectReseller"), n);
        for (int r = 0; r < n; r++) {
            t.string("partnerTenantId").append(partner.tenantId());
            t.string("id").append(resellers.mpnId[r]);
            t.string("name").append(resellers.name[r]);
            t.string("market").append(resellers.market[r]);
            t.date("firstSubscriptionCreationDate").append(orNever(firstCreated[r]));
            t.date("latestSubscriptionCreationDate").append(orNever(latestCreated[r]));
            t.date("firstSubscriptionEndDate").append(orNever(firstEnd[r]));
            t.date("latestSubscriptionEndDate").append(orNever(latestEnd[r]));
            t.date("firstSubscriptionSuspendedDate").append(orNever(firstSuspended[r]));
            t.date("latestSubscriptionSuspendedDate").append(orNever(latestSuspended[r]));
            t.date("firstSubscriptionDeprovisionedDate").append(orNever(firstDeprov[r]));
            t.date("latestSubscriptionDeprovisionedEndDate").append(orNever(latestDeprov[r]));
            t.integer("subscriptionCount").append(subscriptions[r]);
            t.integer("licenseCount").append(licenses[r]);
        }
        return t.build();
    }

    /** The date the subscription's current term ends (or ended, when deprovisioned); null for Azure and unknown types. */
    private long termEnd(Subscriptions s, int i) {
        Product product = Catalog.PRODUCTS.get(s.product[i]);
        if ("Azure".equals(product.subscriptionType()) || "UNKNOWN".equals(product.subscriptionType())) {
            return DateColumn.NULL;
        }
        return s.deprovisioned[i] != DateColumn.NULL ? floorDay(s.deprovisioned[i]) : DateColumn.NULL;
    }

    private static long orNever(long v) {
        return v == Long.MAX_VALUE || v == Long.MIN_VALUE ? WireDates.NEVER : v;
    }

    private static long[] filled(int n, long v) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, v);
        return a;
    }

    // ---------------------------------------------------------------- Azure usage

    private Table azureUsage(SplittableRandom rnd, Customers customers, Subscriptions s) {
        int target = settings.azureUsage();
        List<Integer> azureSubs = new ArrayList<>();
        for (int i = 0; i < s.n; i++) {
            if ("Azure".equals(Catalog.PRODUCTS.get(s.product[i]).subscriptionType())) {
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
        long twoYears = 730 * DAY;
        int remaining = target;
        {
            int subsLeft = azureSubs.size();
            for (int idx : azureSubs) {
                if (remaining == 0) {
                    break;
                }
                int quota = (remaining + subsLeft - 1) / subsLeft;
                subsLeft--;
                long from = Math.max(floorDay(s.created[idx]), floorDay(asOf) - twoYears);
                long to = s.deprovisioned[idx] != DateColumn.NULL ? floorDay(s.deprovisioned[idx]) : floorDay(asOf);
                int days = (int) Math.max(1, (to - from) / DAY);
                int k = Math.min(meters.size(), Math.max(2 + rnd.nextInt(5), (quota + days - 1) / days));
                int rows = Math.min(quota, days * k);
                // this subscription's meters, region and reservation
                int[] chosen = new int[k];
                int offset = rnd.nextInt(meters.size());
                for (int j = 0; j < k; j++) {
                    chosen[j] = (offset + j * 7) % meters.size();
                }
                String location = any(rnd, Catalog.AZURE_LOCATIONS);
                boolean reserved = rnd.nextInt(100) < 15;
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
        }
        return t.build();
    }

    // ---------------------------------------------------------------- commercial licenses

    private Table[] licenses(SplittableRandom rnd, Customers customers, Subscriptions s, String[] productIds) {
        int nc = customers.tenantId.length;
        int np = Catalog.PRODUCTS.size();
        long[] sold = new long[nc * np];
        for (int i = 0; i < s.n; i++) {
            if (s.status[i] != 2 && Catalog.PRODUCTS.get(s.product[i]).licensed()) {
                sold[s.customer[i] * np + s.product[i]] += s.licenses[i];
            }
        }
        long processed = asOf;
        Table.Builder dep = Table.builder(RowSchema.read(spec, "LicenseDeployment"), nc * 3);
        Table.Builder use = Table.builder(RowSchema.read(spec, "LicenseUsage"), nc * 8);
        for (int c = 0; c < nc; c++) {
            for (int p = 0; p < np; p++) {
                long licensesSold = sold[c * np + p];
                Product product = Catalog.PRODUCTS.get(p);
                if (licensesSold == 0 || "UNKNOWN".equals(product.subscriptionType())) {
                    continue; // subscriptions of unknown type have licenses but no license analytics
                }
                long deployed = rnd.nextInt(100) < 10 ? 0 : Math.round(licensesSold * (0.35 + 0.65 * Math.sqrt(rnd.nextDouble())));
                dep.string("serviceCode").append(product.serviceCode());
                dep.string("serviceName").append(product.serviceName());
                dep.string("channel").append("reseller");
                dep.string("customerTenantId").append(customers.tenantId[c]);
                dep.string("customerName").append(customers.name[c]);
                dep.string("productId").append(productIds[p]);
                dep.string("productName").append(product.name());
                dep.integer("licensesDeployed").append(deployed);
                dep.integer("licensesSold").append(licensesSold);
                dep.date("processedDateTime").append(processed);
                for (Workload w : product.workloads()) {
                    long active = Math.round(deployed * (0.2 + 0.8 * rnd.nextDouble()));
                    use.string("workloadCode").append(w.code());
                    use.string("workloadName").append(w.name());
                    use.string("serviceCode").append(product.serviceCode());
                    use.string("serviceName").append(product.serviceName());
                    use.string("channel").append("reseller");
                    use.string("customerTenantId").append(customers.tenantId[c]);
                    use.string("customerName").append(customers.name[c]);
                    use.string("productId").append(productIds[p]);
                    use.string("productName").append(product.name());
                    use.integer("licenseActive").append(active);
                    use.integer("licensesQualified").append(deployed);
                    use.date("processedDateTime").append(processed);
                }
            }
        }
        return new Table[]{dep.build(), use.build()};
    }

    // ---------------------------------------------------------------- search

    private static final List<Weighted<String>> PROFILE_MARKETS = List.of(new Weighted<>("US", 60),
            new Weighted<>("CA", 15), new Weighted<>("GB", 15), new Weighted<>("CN", 10));

    private Table searches(SplittableRandom rnd, Partner partner) {
        int n = settings.searches();
        Table.Builder t = Table.builder(RowSchema.read(spec, "SearchAnalytics"), n);
        StringColumn.Builder companyName = t.string("companyName");
        BooleanColumn.Builder contactButtonClicked = t.bool("contactButtonClicked");
        BooleanColumn.Builder detailsViewed = t.bool("detailsViewed");
        BooleanColumn.Builder referralSubmitted = t.bool("referralSubmitted");
        StringColumn.Builder keywordCountry = t.string("keywordCountry");
        StringColumn.Builder keywordIndustryFocus = t.string("keywordIndustryFocus");
        StringColumn.Builder keywordProduct = t.string("keywordProduct");
        StringColumn.Builder keywordSearchText = t.string("keywordSearchText");
        LongColumn.Builder mpnId = t.integer("mpnId");
        StringColumn.Builder partnerMarket = t.string("partnerMarket");
        DateColumn.Builder searchDate = t.date("searchDate");
        // the counts only grouped rows carry: each row is one search result page view
        LongColumn.Builder pageViews = t.hiddenInteger("searchResultPageViews");
        LongColumn.Builder contactClicks = t.hiddenInteger("contactClicks");
        LongColumn.Builder referralCount = t.hiddenInteger("referralCount");
        LongColumn.Builder profileViews = t.hiddenInteger("profileViews");
        int company = companyName.intern(partner.name());
        long days = 730;
        long first = floorDay(asOf) - (days - 1) * DAY;
        for (int i = 0; i < n; i++) {
            boolean details = rnd.nextInt(100) < 35;
            boolean contact = rnd.nextInt(100) < 10;
            boolean referral = contact && rnd.nextInt(100) < 40;
            companyName.appendCode(company);
            contactButtonClicked.append(contact);
            detailsViewed.append(details);
            referralSubmitted.append(referral);
            keywordCountry.append(rnd.nextInt(100) < 45 ? pick(rnd, Catalog.MARKETS) : null);
            keywordIndustryFocus.append(rnd.nextInt(100) < 30 ? any(rnd, Catalog.INDUSTRY_FOCUS) : null);
            keywordProduct.append(rnd.nextInt(100) < 40 ? any(rnd, Catalog.SEARCH_PRODUCTS) : null);
            int textRoll = rnd.nextInt(100);
            keywordSearchText.append(textRoll < 30 ? null : textRoll < 40 ? " " + partner.name().toLowerCase(Locale.ROOT) : any(rnd, Catalog.SEARCH_TEXTS));
            mpnId.append(partner.mpnId());
            partnerMarket.append(pick(rnd, PROFILE_MARKETS));
            searchDate.append(first + (i * days / Math.max(1, n)) * DAY);
            pageViews.append(1);
            contactClicks.append(contact ? 1 : 0);
            referralCount.append(referral ? 1 : 0);
            profileViews.append(details ? 1 : 0);
        }
        return t.build();
    }

    // ---------------------------------------------------------------- referrals

    private static final List<Weighted<String>> REFERRAL_STATUS = List.of(new Weighted<>("New", 10),
            new Weighted<>("Accepted", 20), new Weighted<>("Declined", 10), new Weighted<>("Won", 20),
            new Weighted<>("Lost", 12), new Weighted<>("Expired", 10), new Weighted<>("Missed", 6),
            new Weighted<>("Skipped", 4), new Weighted<>("Archived", 8));

    private Table referrals(SplittableRandom rnd, Partner partner, Customers customers, Subscriptions s) {
        int n = settings.referrals();
        Table.Builder t = Table.builder(RowSchema.read(spec, "Referral"), n);
        String[] dateKeys = {"acceptedDate", "acknowledgedDate", "archivedDate", "declinedDate", "expiredDate",
                "lostDate", "missedDate", "createdDate", "skippedDate", "wonDate"};
        long first = floorDay(asOf) - 729 * DAY;
        long hour = 3_600_000L;
        for (int i = 0; i < n; i++) {
            String status = pick(rnd, REFERRAL_STATUS);
            long created = floorDay(first + (long) i * 730 / Math.max(1, n) * DAY) + rnd.nextLong(DAY) / 1000 * 1000;
            long acknowledged = DateColumn.NULL;
            long accepted = DateColumn.NULL;
            long archived = DateColumn.NULL;
            long declined = DateColumn.NULL;
            long expired = DateColumn.NULL;
            long lost = DateColumn.NULL;
            long missed = DateColumn.NULL;
            long skipped = DateColumn.NULL;
            long won = DateColumn.NULL;
            switch (status) {
                case "Missed" -> missed = created + 2 * DAY;
                case "Expired" -> expired = created + 14 * DAY;
                case "Skipped" -> skipped = created + rnd.nextLong(48 * hour) / 1000 * 1000;
                case "New" -> {
                }
                default -> {
                    acknowledged = created + rnd.nextLong(36 * hour) / 1000 * 1000;
                    if ("Declined".equals(status)) {
                        declined = acknowledged + rnd.nextLong(24 * hour) / 1000 * 1000;
                    } else {
                        accepted = acknowledged + rnd.nextLong(24 * hour) / 1000 * 1000;
                        switch (status) {
                            case "Won" -> won = accepted + (2 + rnd.nextInt(60)) * DAY + rnd.nextLong(DAY) / 1000 * 1000;
                            case "Lost" -> lost = accepted + (2 + rnd.nextInt(60)) * DAY + rnd.nextLong(DAY) / 1000 * 1000;
                            case "Archived" -> archived = accepted + 30 * DAY;
                            default -> {
                            }
                        }
                    }
                }
            }
            // a won referral is one of the partner's customers; the others are prospects
            String name;
            String market;
            if ("Won".equals(status)) {
                int c = rnd.nextInt(customers.name.length);
                name = customers.name[c];
                market = customers.market[c];
            } else {
                market = pick(rnd, Catalog.MARKETS);
                name = any(rnd, Catalog.NAME_STEMS) + " " + any(rnd, Catalog.NAME_INDUSTRIES) + " " + Catalog.legalSuffix(market, rnd.nextInt(2));
            }
            t.string("id").append(Integer.toString(100_000 + i));
            t.string("status").append(status);
            t.string("customerMarket").append(market);
            t.string("customerName").append(name);
            t.string("customerOrgSize").append(pick(rnd, Catalog.ORG_SIZES));
            t.string("partnerMarket").append(pick(rnd, PROFILE_MARKETS));
            long[] values = {accepted, acknowledged, archived, declined, expired, lost, missed, created, skipped, won};
            for (int k = 0; k < dateKeys.length; k++) {
                t.date(dateKeys[k]).append(values[k] != DateColumn.NULL && values[k] > asOf + DAY ? DateColumn.NULL : values[k]);
            }
        }
        return t.build();
    }
}
