package com.partnercenter.analytics.client;

/**
 * The documented Partner Center clouds and their REST base URLs (Partner Center REST URLs page; DEV-34).
 * Partner Center for Microsoft Cloud Germany was retired and is not listed.
 */
public enum PartnerCenterCloud {
    /** Partner Center (global). */
    GLOBAL(PartnerCenterCloud.GLOBAL_BASE_URL),
    /** Partner Center for Microsoft Cloud for US Government, which uses the global host. */
    US_GOVERNMENT(PartnerCenterCloud.GLOBAL_BASE_URL),
    /** Partner Center operated by 21Vianet. Referrals analytics are not available there. */
    CHINA_21VIANET(PartnerCenterCloud.CHINA_21VIANET_BASE_URL);

    /** {@value}: Partner Center (global) and US Government. */
    public static final String GLOBAL_BASE_URL = "https://api.partnercenter.microsoft.com";
    /** {@value}: Partner Center operated by 21Vianet. */
    public static final String CHINA_21VIANET_BASE_URL = "https://partner.partnercenterapi.microsoftonline.cn";

    private final String baseUrl;

    PartnerCenterCloud(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The REST base URL, without a trailing slash. */
    public String baseUrl() {
        return baseUrl;
    }
}
