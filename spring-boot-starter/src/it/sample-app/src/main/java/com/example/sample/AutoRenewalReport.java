package com.example.sample;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import org.springframework.stereotype.Service;

/** The sample application's own service, using the injected client. */
@Service
public class AutoRenewalReport {
    private final PartnerCenterAnalyticsClient partnerCenter;

    public AutoRenewalReport(PartnerCenterAnalyticsClient partnerCenter) {
        this.partnerCenter = partnerCenter;
    }

    /** The first {@code limit} subscriptions of customers in {@code market} that renew automatically. */
    public Page<Subscription> autoRenewing(String market, int limit) {
        AnalyticsQuery query = AnalyticsQuery.builder()
                .filter(Filters.field("customerMarket").eq(market).and(Filters.field("autoRenewEnabled").eq(true)))
                .top(limit)
                .build();
        return partnerCenter.subscriptions().list(query);
    }
}
