package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.AnalyticsResource;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import org.junit.jupiter.api.Tag;

/** Runs at the same time as ParallelClassBFixture, calling listSubscriptions (see {@link ParallelClassFixture}). */
@Tag(FixtureRunner.FIXTURE)
@PartnerCenterStubTest(scale = 0.05)
class ParallelClassAFixture extends ParallelClassFixture {
    @Override
    AnalyticsResource<?> resource(PartnerCenterAnalyticsClient client) {
        return client.subscriptions();
    }
}
