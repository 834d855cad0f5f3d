package com.example.stubconsumer;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.query.Filters;
import com.partnercenter.analytics.stub.junit.PartnerCenterStub;
import com.partnercenter.analytics.stub.junit.PartnerCenterStubTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@PartnerCenterStubTest(seed = 42, scale = 0.1)
class SubscriptionsReportTest {

    @Test
    void aThrottledCallIsRetried(PartnerCenterStub stub, PartnerCenterAnalyticsClientBuilder builder) {
        stub.throttleNext(1); // the next request gets 429 with Retry-After: 1

        try (PartnerCenterAnalyticsClient client = builder.build()) {
            var page = client.subscriptions().list(AnalyticsQuery.builder()
                    .filter(Filters.field("customerMarket").eq("US"))
                    .top(5)
                    .build());
            assertEquals(5, page.items().size());
        }

        var calls = stub.requests("listSubscriptions");
        assertEquals(2, calls.size(), "the client retried once");
        assertEquals(429, calls.get(0).status());
        assertEquals(200, calls.get(1).status());
        assertEquals("customerMarket eq 'US'", calls.get(1).queryParameter("filter").orElseThrow());
        assertFalse(calls.get(1).header("MS-RequestId").isEmpty());
    }
}
