package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.query.AnalyticsQuery;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AnalyticsResource} without blocking: every method returns at once with a {@link CompletableFuture}. The
 * calls are the same: the query is checked against the capability matrix first (a bad query fails the future with
 * the {@code QueryValidationException}), the same headers are sent, the retry policy retries the same failures
 * (its waits scheduled on a timer, holding no thread), and failures are the same {@code PartnerCenterException}s,
 * as the future's cause. Cancelling a future cancels the HTTP exchange in flight, or the retry waiting to be sent.
 *
 * <pre>{@code
 * CompletableFuture<Page<Subscription>> page = client.async().subscriptions().list(query);
 * CompletableFuture<List<Subscription>> all = client.async().subscriptions().listAll(query);
 * client.async().subscriptions().pages(query).forEach(p -> save(p.items()));   // page by page
 * }</pre>
 *
 * @param <T> the generated row model
 */
public final class AsyncAnalyticsResource<T> {
    private final AnalyticsResource<T> resource;

    AsyncAnalyticsResource(AnalyticsResource<T> resource) {
        this.resource = resource;
    }

    /** The spec's operationId. */
    public String operationId() {
        return resource.operationId();
    }

    /** The first page of {@code query}. */
    public CompletableFuture<Page<T>> list(AnalyticsQuery query) {
        return list(query, RequestOptions.none());
    }

    /** The first page of {@code query}, with {@code options} for this call. */
    public CompletableFuture<Page<T>> list(AnalyticsQuery query, RequestOptions options) {
        return AsyncPages.map(listWithResponse(query, options), Response::value);
    }

    /** The first page of {@code query} with the HTTP answer it came in (status, headers, attempts). */
    public CompletableFuture<Response<Page<T>>> listWithResponse(AnalyticsQuery query, RequestOptions options) {
        Map<String, String> parameters;
        try {
            parameters = query.toParameters(resource.capabilities());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return resource.fetchAsync(parameters, resource.correlationId(options), options);
    }

    /** The page a saved {@code @nextLink} points at. */
    public CompletableFuture<Page<T>> page(String nextLink) {
        return page(nextLink, RequestOptions.none());
    }

    /** The page a saved {@code @nextLink} points at, with {@code options} for this call. */
    public CompletableFuture<Page<T>> page(String nextLink, RequestOptions options) {
        Map<String, String> parameters;
        try {
            parameters = resource.nextLinkParameters(nextLink);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return AsyncPages.map(resource.fetchAsync(parameters, resource.correlationId(options), options), Response::value);
    }

    /** Every row of {@code query}, over as many pages as it takes (requested one after another). */
    public CompletableFuture<List<T>> listAll(AnalyticsQuery query) {
        return listAll(query, RequestOptions.none());
    }

    /** Every row of {@code query}, with {@code options} for every page's call. */
    public CompletableFuture<List<T>> listAll(AnalyticsQuery query, RequestOptions options) {
        try {
            return pages(query, options).rows();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** A pass over the pages of {@code query}, page by page; nothing is sent until it is asked for a page. */
    public AsyncPages<T> pages(AnalyticsQuery query) {
        return pages(query, RequestOptions.none());
    }

    /** {@link #pages(AnalyticsQuery)} with {@code options} for every page's call. */
    public AsyncPages<T> pages(AnalyticsQuery query, RequestOptions options) {
        return new AsyncPages<>(resource, query.toParameters(resource.capabilities()), options);
    }

    /** A pass from the page a saved {@code @nextLink} points at to the end. */
    public AsyncPages<T> pagesFrom(String nextLink, RequestOptions options) {
        return new AsyncPages<>(resource, resource.nextLinkParameters(nextLink), options);
    }

    @Override
    public String toString() {
        return "AsyncAnalyticsResource[" + resource.operationId() + "]";
    }
}
