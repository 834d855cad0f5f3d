package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.spec.AnalyticsSpec;
import com.partnercenter.analytics.stub.DatasetHolder;
import com.partnercenter.analytics.stub.StubProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockAsyncContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the stub is starting, a request whose table is not built yet is suspended (no request thread held) and
 * dispatched again once the table is there; requests whose table is built go straight through.
 */
class DataWaitInterceptorTest {
    private static final AnalyticsSpec SPEC = AnalyticsSpec.bundled();

    @Test
    void aRequestForATableStillBeingBuiltIsSuspendedAndResumedWhenTheTableIsThere() throws Exception {
        StubProperties.Data sizes = new StubProperties.Data();
        sizes.setCustomers(20);
        sizes.setSubscriptions(200);
        sizes.setAzureUsage(500);
        sizes.setResellers(3);
        sizes.setSearches(100);
        sizes.setReferrals(50);
        // the tables other than subscriptions wait for startRemainingTables(), as they do until the stub serves
        DatasetHolder data = new DatasetHolder(() -> SPEC, sizes);
        data.whenReadyFor(Optional.of("Subscription")).get(30, TimeUnit.SECONDS);
        DataWaitInterceptor interceptor = new DataWaitInterceptor(SPEC, data);

        MockHttpServletRequest subscriptions = asyncRequest();
        assertThat(interceptor.preHandle(subscriptions, new MockHttpServletResponse(), handler("listSubscriptions"))).isTrue();
        assertThat(subscriptions.isAsyncStarted()).isFalse();

        MockHttpServletRequest usage = asyncRequest();
        assertThat(interceptor.preHandle(usage, new MockHttpServletResponse(), handler("listAzureUsage"))).isFalse();
        assertThat(usage.isAsyncStarted()).as("suspended, its thread given back").isTrue();
        MockAsyncContext suspended = (MockAsyncContext) usage.getAsyncContext();
        assertThat(suspended.getDispatchedPath()).isNull();

        MockHttpServletRequest insights = asyncRequest();
        assertThat(interceptor.preHandle(insights, new MockHttpServletResponse(), handler("listPartnerLicensesUsageInsights")))
                .as("license insights need the license tables").isFalse();

        data.startRemainingTables();
        data.whenReadyFor(Optional.empty()).get(30, TimeUnit.SECONDS);
        for (int i = 0; i < 500 && suspended.getDispatchedPath() == null; i++) {
            Thread.sleep(10); // the dispatch runs on the thread that completed the table
        }
        assertThat(suspended.getDispatchedPath()).as("dispatched again once the table is built").isNotNull();
        assertThat(((MockAsyncContext) insights.getAsyncContext()).getDispatchedPath()).isNotNull();
        assertThat(DataWaitInterceptor.isResumed(usage)).as("the front door lets it through unchecked the second time").isTrue();

        MockHttpServletRequest later = asyncRequest();
        assertThat(interceptor.preHandle(later, new MockHttpServletResponse(), handler("listAzureUsage"))).isTrue();
    }

    private static MockHttpServletRequest asyncRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/partner/v1/analytics/usage/azure");
        request.setAsyncSupported(true);
        return request;
    }

    private static HandlerMethod handler(String operationId) {
        return new HandlerMethod(new Object(), Arrays.stream(AnalyticsController.class.getMethods())
                .filter(m -> m.getName().equals(operationId)).findFirst().orElseThrow());
    }
}
