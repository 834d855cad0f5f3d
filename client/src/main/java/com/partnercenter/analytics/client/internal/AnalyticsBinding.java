package com.partnercenter.analytics.client.internal;

import com.partnercenter.analytics.query.PercentEncoding;

import com.partnercenter.analytics.client.generated.model.ApiResponse;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Ties one analytics operation to its generated Feign method and page model: how to send it (headers and
 * already-encoded query parameters) and how to read rows, {@code @nextLink} and {@code TotalCount} from its page.
 *
 * @param <P> the generated page model, e.g. {@code SubscriptionPage}
 * @param <T> the generated row model, e.g. {@code Subscription}
 */
public record AnalyticsBinding<P, T>(
        String operationId,
        BiFunction<CallHeaders, Map<String, Object>, ApiResponse<P>> send,
        Function<P, List<T>> rows,
        Function<P, String> nextLink,
        Function<P, Long> totalCount) {

    /** Fills a generated {@code *QueryParams} map with percent-encoded values (it is sent with {@code encoded=true}). */
    public static <M extends Map<String, Object>> M encodeInto(M target, Map<String, String> decoded) {
        decoded.forEach((name, value) -> target.put(PercentEncoding.encode(name), PercentEncoding.encode(value)));
        return target;
    }
}
