package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.AnalyticsResource;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import org.junit.jupiter.api.Tag;

/** Runs at the same time as ParallelClassAFixture, calling listIndirectResellers (see {@link ParallelClassFixture}). */
@Tag(FixtureRunner.FIXTURE)
@PartnerCenterStubTest(scale = 0.05)
class ParallelClassBFixture extends ParallelClassFixture {
    @Override
    AnalyticsResource<?> resource(PartnerCenterAnalyticsClient client) {
        return client.indirectResellers();
    }
}
