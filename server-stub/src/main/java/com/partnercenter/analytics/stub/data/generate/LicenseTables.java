package com.partnercenter.analytics.stub.data.generate;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.data.RowSchema;
import com.partnercenter.analytics.stub.data.Table;

import java.util.SplittableRandom;

import static com.partnercenter.analytics.stub.data.generate.Catalog.Product;
import static com.partnercenter.analytics.stub.data.generate.Catalog.Workload;
import static com.partnercenter.analytics.stub.data.generate.Draws.percent;

/**
 * The commercial license resources, {@code LicenseDeployment} (one row per customer and licensed product) and
 * {@code LicenseUsage} (one per workload of those), from one stream: the licenses sold are the sum of the
 * customer's live subscriptions of that product, so they add up exactly.
 */
final class LicenseTables {
    /** The one channel the partner's licenses are sold through. */
    static final String CHANNEL = "reseller";
    /** Of every hundred customer products, this many have no license deployed ... */
    static final int UNDEPLOYED_PERCENT = 10;
    /** ... the others between 35 % and all of those sold (most near the top) ... */
    static final double MIN_DEPLOYED_SHARE = 0.35;
    static final double DEPLOYED_SHARE_RANGE = 0.65;
    /** ... and each workload is active on 20 % to all of those deployed. */
    static final double MIN_ACTIVE_SHARE = 0.2;
    static final double ACTIVE_SHARE_RANGE = 0.8;

    /** The two tables, built together. */
    record Built(Table deployment, Table usage) {
    }

    private final AnalyticsSpec spec;
    private final long asOf;

    LicenseTables(AnalyticsSpec spec, long asOf) {
        this.spec = spec;
        this.asOf = asOf;
    }

    Built build(SplittableRandom rnd, Population population) {
        Customers customers = population.customers;
        Subscriptions s = population.subscriptions;
        int nc = customers.size();
        int np = Catalog.PRODUCTS.size();
        long[] sold = new long[nc * np];
        for (int i = 0; i < s.n; i++) {
            if (s.status[i] != SubscriptionStatus.DEPROVISIONED && s.product(i).licensed()) {
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
                if (licensesSold == 0 || product.unknownType()) {
                    continue; // subscriptions of unknown type have licenses but no license analytics
                }
                long deployed = percent(rnd, UNDEPLOYED_PERCENT) ? 0
                        : Math.round(licensesSold * (MIN_DEPLOYED_SHARE + DEPLOYED_SHARE_RANGE * Math.sqrt(rnd.nextDouble())));
                dep.string("serviceCode").append(product.serviceCode());
                dep.string("serviceName").append(product.serviceName());
                dep.string("channel").append(CHANNEL);
                dep.string("customerTenantId").append(customers.tenantId[c]);
                dep.string("customerName").append(customers.name[c]);
                dep.string("productId").append(population.productIds[p]);
                dep.string("productName").append(product.name());
                dep.integer("licensesDeployed").append(deployed);
                dep.integer("licensesSold").append(licensesSold);
                dep.date("processedDateTime").append(processed);
                for (Workload w : product.workloads()) {
                    long active = Math.round(deployed * (MIN_ACTIVE_SHARE + ACTIVE_SHARE_RANGE * rnd.nextDouble()));
                    use.string("workloadCode").append(w.code());
                    use.string("workloadName").append(w.name());
                    use.string("serviceCode").append(product.serviceCode());
                    use.string("serviceName").append(product.serviceName());
                    use.string("channel").append(CHANNEL);
                    use.string("customerTenantId").append(customers.tenantId[c]);
                    use.string("customerName").append(customers.name[c]);
                    use.string("productId").append(population.productIds[p]);
                    use.string("productName").append(product.name());
                    use.integer("licenseActive").append(active);
                    use.integer("licensesQualified").append(deployed);
                    use.date("processedDateTime").append(processed);
                }
            }
        }
        return new Built(dep.build(), use.build());
    }
}
