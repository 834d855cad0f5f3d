package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Run by ParallelClassesTest at the same time as ParallelClassBFixture (JUnit's parallel mode): both use the stub with the same
 * settings, each gets its own on its own port, and one's throttling and journal never reach the other.
 */
@Tag(FixtureRunner.FIXTURE)
@PartnerCenterStubTest(scale = 0.05)
class ParallelClassAFixture {
    @BeforeAll
    static void bothClassesRun(PartnerCenterStub stub) throws Exception {
        ParallelClasses.BASE_URLS.add(stub.baseUrl());
        ParallelClasses.awaitTheOtherClass();
        assertThat(ParallelClasses.BASE_URLS).as("classes running together never share a stub or port").hasSize(2);
    }

    @Test
    void aThrottledCallIsRetriedAndJournalled(PartnerCenterStub stub, PartnerCenterAnalyticsClientBuilder builder) {
        assertThat(stub.requests()).as("the journal starts empty in every test").isEmpty();
        stub.throttleNext(1);
        try (PartnerCenterAnalyticsClient client = builder.build()) {
            var page = client.subscriptions().list(AnalyticsQuery.builder().top(3).build());
            assertThat(page.items()).hasSize(3);
        }
        assertThat(stub.requests()).extracting(r -> r.operationId().orElseThrow()).containsExactly("listSubscriptions", "listSubscriptions");
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(429, 200);
    }

    @Test
    void faultsOfOneTestDoNotOutliveIt(PartnerCenterStub stub, PartnerCenterAnalyticsClientBuilder builder) {
        try (PartnerCenterAnalyticsClient client = builder.build()) {
            client.subscriptions().list(AnalyticsQuery.builder().top(1).build());
        }
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(200);
    }
}
