package com.partnercenter.analytics.stub.data;

/**
 * The partner whose analytics the stub serves (the signed-in partner tenant).
 *
 * @param tenantId the partner's tenant id (upper-case GUID)
 * @param name     the partner's company name
 * @param mpnId    the partner's PartnerID (formerly MPN ID)
 * @param market   the partner's home market
 */
public record Partner(String tenantId, String name, long mpnId, String market) {
}
