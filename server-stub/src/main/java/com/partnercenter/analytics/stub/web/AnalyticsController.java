package com.partnercenter.analytics.stub.web;

import com.partnercenter.analytics.stub.generated.api.AzureUsageApi;
import com.partnercenter.analytics.stub.generated.api.CommercialLicensesApi;
import com.partnercenter.analytics.stub.generated.api.IndirectResellersApi;
import com.partnercenter.analytics.stub.generated.api.LicenseInsightsApi;
import com.partnercenter.analytics.stub.generated.api.ReferralsApi;
import com.partnercenter.analytics.stub.generated.api.SearchApi;
import com.partnercenter.analytics.stub.generated.api.SubscriptionsApi;
import com.partnercenter.analytics.stub.web.AnalyticsService.PageParameters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * Implements the interfaces generated from the spec (one per tag). The mappings, parameter names and types
 * come from the generated interfaces; each method hands its operation to {@link AnalyticsService}. Headers the
 * interfaces bind ({@code MS-RequestId}, {@code MS-CorrelationId}, ...) are echoed by {@link ServiceHeaders}.
 */
@RestController
public class AnalyticsController implements AzureUsageApi, IndirectResellersApi, SubscriptionsApi, SearchApi,
        ReferralsApi, CommercialLicensesApi, LicenseInsightsApi {
    private final AnalyticsService service;
    private final HttpServletRequest request;

    public AnalyticsController(AnalyticsService service, HttpServletRequest request) {
        this.service = service;
        this.request = request;
    }

    @Override
    public ResponseEntity<ResponseBody> listAzureUsage(String filter, String groupby, String aggregationLevel, String orderby,
                                                       Integer top, Integer skip, String startDate, String endDate,
                                                       UUID msRequestId, UUID msCorrelationId, String msContractVersion,
                                                       String xLocale, String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listAzureUsage", request, new PageParameters(filter, groupby, aggregationLevel, orderby, top, skip, startDate, endDate, null));
    }

    @Override
    public ResponseEntity<ResponseBody> listIndirectResellers(String filter, String groupby, String aggregationLevel, String orderby,
                                                              Integer top, Integer skip, UUID msRequestId, UUID msCorrelationId,
                                                              String msContractVersion, String xLocale,
                                                              String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listIndirectResellers", request, new PageParameters(filter, groupby, aggregationLevel, orderby, top, skip, null, null, null));
    }

    @Override
    public ResponseEntity<ResponseBody> listSubscriptions(String filter, String groupby, String aggregationLevel, Integer top,
                                                          Integer skip, UUID msRequestId, UUID msCorrelationId,
                                                          String msContractVersion, String xLocale,
                                                          String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listSubscriptions", request, new PageParameters(filter, groupby, aggregationLevel, null, top, skip, null, null, null));
    }

    @Override
    public ResponseEntity<ResponseBody> listSearchAnalytics(String filter, String groupby, String aggregationLevel, Integer top,
                                                            Integer skip, UUID msRequestId, UUID msCorrelationId,
                                                            String msContractVersion, String xLocale,
                                                            String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listSearchAnalytics", request, new PageParameters(filter, groupby, aggregationLevel, null, top, skip, null, null, null));
    }

    @Override
    public ResponseEntity<ResponseBody> listReferrals(String filter, String groupby, String aggregationLevel, Integer top,
                                                      Integer skip, UUID msRequestId, UUID msCorrelationId,
                                                      String msContractVersion, String xLocale,
                                                      String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listReferrals", request, new PageParameters(filter, groupby, aggregationLevel, null, top, skip, null, null, null));
    }

    @Override
    public ResponseEntity<ResponseBody> listLicenseDeployments(String filter, String groupby, Integer top, Integer skip,
                                                               String processedDateTime, UUID msRequestId, UUID msCorrelationId,
                                                               String msContractVersion, String xLocale,
                                                               String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listLicenseDeployments", request, new PageParameters(filter, groupby, null, null, top, skip, null, null, processedDateTime));
    }

    @Override
    public ResponseEntity<ResponseBody> listLicenseUsage(String filter, String groupby, Integer top, Integer skip,
                                                         String processedDateTime, UUID msRequestId, UUID msCorrelationId,
                                                         String msContractVersion, String xLocale,
                                                         String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.page("listLicenseUsage", request, new PageParameters(filter, groupby, null, null, top, skip, null, null, processedDateTime));
    }

    @Override
    public ResponseEntity<ResponseBody> listPartnerLicensesDeploymentInsights(UUID msRequestId, UUID msCorrelationId,
                                                                              String msContractVersion, String xLocale,
                                                                              String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.partnerInsights("listPartnerLicensesDeploymentInsights", request, true);
    }

    @Override
    public ResponseEntity<ResponseBody> listPartnerLicensesUsageInsights(UUID msRequestId, UUID msCorrelationId,
                                                                         String msContractVersion, String xLocale,
                                                                         String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.partnerInsights("listPartnerLicensesUsageInsights", request, false);
    }

    @Override
    public ResponseEntity<ResponseBody> listCustomerLicensesDeploymentInsights(UUID customerId, UUID msRequestId, UUID msCorrelationId,
                                                                               String msContractVersion, String xLocale,
                                                                               String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.customerInsights("listCustomerLicensesDeploymentInsights", request, true);
    }

    @Override
    public ResponseEntity<ResponseBody> listCustomerLicensesUsageInsights(UUID customerId, UUID msRequestId, UUID msCorrelationId,
                                                                          String msContractVersion, String xLocale,
                                                                          String msPartnerCenterApplication, String msPartnerCenterClient) {
        return service.customerInsights("listCustomerLicensesUsageInsights", request, false);
    }
}
