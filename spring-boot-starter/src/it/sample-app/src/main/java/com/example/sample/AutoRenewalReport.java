package com.example.sample;

import com.partnercenter.analytics.client.Page;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.generated.model.Subscription;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import org.springframework.stereotype.Service;

/** The sample application's own service, using the injected client. */
// tag::service[]
@Service
public class AutoRenewalReport {
    private final PartnerCenterAnalyticsClient partnerCenter;

    public AutoRenewalReport(PartnerCenterAnalyticsClient partnerCenter) {   // the auto-configured bean
        this.partnerCenter = partnerCenter;
    }

    public Page<Subscription> autoRenewing(String market, int limit) {
        AnalyticsQuery query = AnalyticsQuery.builder()
                .filter(Filters.field("customerMarket").eq(market).and(Filters.field("autoRenewEnabled").eq(true)))
                .top(limit)
                .build();
        return partnerCenter.subscriptions().list(query);
    }
}
// end::service[]
