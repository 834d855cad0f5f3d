package com.partnercenter.analytics.stub.junit;

import com.partnercenter.analytics.client.PartnerCenterAnalyticsClient;
import com.partnercenter.analytics.client.PartnerCenterAnalyticsClientBuilder;
import com.partnercenter.analytics.client.AnalyticsResource;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What ParallelClassAFixture and ParallelClassBFixture both assert, run by ParallelClassesTest at the same time (JUnit's
 * parallel mode): both use the stub with the same settings, each gets its own on its own port, and one's throttling
 * and journal never reach the other. Each calls its own operation, so a journal entry of the other would show.
 */
abstract class ParallelClassFixture {
    /** The operation this class calls. */
    abstract AnalyticsResource<?> resource(PartnerCenterAnalyticsClient client);

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
        String operationId;
        try (PartnerCenterAnalyticsClient client = builder.build()) {
            var page = resource(client).list(AnalyticsQuery.builder().top(3).build());
            assertThat(page.items()).hasSize(3);
            operationId = resource(client).operationId();
        }
        assertThat(stub.requests()).extracting(r -> r.operationId().orElseThrow()).containsExactly(operationId, operationId);
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(429, 200);
    }

    @Test
    void faultsOfOneTestDoNotOutliveIt(PartnerCenterStub stub, PartnerCenterAnalyticsClientBuilder builder) {
        try (PartnerCenterAnalyticsClient client = builder.build()) {
            resource(client).list(AnalyticsQuery.builder().top(1).build());
        }
        assertThat(stub.requests()).extracting(r -> r.status()).containsExactly(200);
    }
}
