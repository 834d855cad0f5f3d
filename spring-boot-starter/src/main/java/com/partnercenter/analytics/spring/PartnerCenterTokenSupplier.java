package com.partnercenter.analytics.spring;

import java.util.function.Supplier;

/**
 * The bean the application provides so that the starter can build the client: it returns the current access token
 * (an App+User token for {@code https://api.partnercenter.microsoft.com}, with or without {@code Bearer }), and is
 * asked on every request, retries included, so a supplier backed by a token cache (MSAL) keeps long runs working.
 *
 * <p>It is the client builder's {@code tokenSupplier(Supplier<String>)} argument under a type of its own, so that an
 * unrelated {@code Supplier<String>} bean of the application is never sent as a token by mistake.
 */
@FunctionalInterface
public interface PartnerCenterTokenSupplier extends Supplier<String> {
}
