package com.partnercenter.analytics.client;

import com.partnercenter.analytics.client.internal.CallHeaders;
import com.partnercenter.analytics.client.internal.ClientContext;
import com.partnercenter.analytics.client.internal.OperationBinding;
import com.partnercenter.analytics.client.internal.QueryStrings;
import com.partnercenter.analytics.client.internal.WireResponse;
import com.partnercenter.analytics.client.query.AnalyticsQuery;
import com.partnercenter.analytics.spec.OperationDescriptor;
import com.partnercenter.analytics.spec.QueryCapabilities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * One partner analytics operation (Azure usage, indirect resellers, subscriptions, search, referrals, commercial
 * license deployment or usage): a page at a time, or every row lazily across pages.
 *
 * <pre>{@code
 * Page<Subscription> first = client.subscriptions().list(query);        // one page, TotalCount, @nextLink
 * client.subscriptions().listAll(query).stream().forEach(...);          // every row, page by page
 * client.subscriptions().listAllFrom(savedNextLink)                     // resume where a previous run stopped
 * }</pre>
 *
 * Queries are checked against the operation's capability matrix before anything is sent. Every call is retried by
 * the client's {@link RetryPolicy}; failures are {@link com.partnercenter.analytics.client.error.PartnerCenterException}s.
 *
 * @param <T> the generated row model, e.g. {@code Subscription}
 */
public final class AnalyticsResource<T> {
    private final ClientContext context;
    private final OperationDescriptor operation;
    private final OperationBinding binding;
    private final Class<T> rowType;
    private final List<String> paths;

    AnalyticsResource(ClientContext context, OperationBinding binding, Class<T> rowType) {
        if (binding.rowType() != rowType) {
            throw new IllegalArgumentException(binding.operationId() + " rows are " + binding.rowType().getSimpleName()
                    + ", not " + rowType.getSimpleName());
        }
        this.context = context;
        this.binding = binding;
        this.rowType = rowType;
        this.operation = binding.operation();
        List<String> all = new ArrayList<>();
        all.add(operation.path());
        all.addAll(operation.pathAliases());
        this.paths = List.copyOf(all);
    }

    /** The spec's operationId, e.g. {@code listSubscriptions}. */
    public String operationId() {
        return operation.operationId();
    }

    /** What this operation's {@code filter}, {@code groupby} and {@code orderby} accept (the spec's {@code x-pc-query}). */
    public QueryCapabilities capabilities() {
        return operation.query().orElseThrow();
    }

    /**
     * The values the spec has seen for an open enumeration of the row ({@code x-pc-known-values}), such as
     * {@code subscriptions().knownValues("subscriptionType")}. The models keep these fields as strings and never
     * reject a value outside this list; use it for display or for checks of your own. Empty for a field without
     * such a list.
     */
    public List<String> knownValues(String field) {
        List<String> values = new ArrayList<>();
        context.spec().schema(capabilities().rowSchema()).path("properties").path(field).path("x-pc-known-values")
                .forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }

    /** The first page with the service's defaults. */
    public Page<T> list() {
        return list(AnalyticsQuery.all());
    }

    /**
     * The first page of {@code query} (or the page its {@code skip} points at).
     *
     * @throws com.partnercenter.analytics.query.QueryValidationException before sending, when the query does not fit
     *                                                                    the operation's capability matrix
     */
    public Page<T> list(AnalyticsQuery query) {
        return list(query, RequestOptions.none());
    }

    /** {@link #list(AnalyticsQuery)} with {@code options} overriding the client's settings for this call. */
    public Page<T> list(AnalyticsQuery query, RequestOptions options) {
        return listWithResponse(query, options).value();
    }

    /**
     * The first page of {@code query} with the HTTP answer it came in: status, headers ({@code MS-RequestId},
     * {@code MS-CorrelationId}, {@code MS-CV}) and every attempt with its {@code Retry-After}. One request, as
     * {@link #list(AnalyticsQuery, RequestOptions)} sends.
     */
    public Response<Page<T>> listWithResponse(AnalyticsQuery query, RequestOptions options) {
        Map<String, String> parameters = query.toParameters(capabilities());
        return fetch(parameters, correlationId(options), options);
    }

    /** The page a saved {@code @nextLink} (absolute, or relative to the base URL) points at. */
    public Page<T> page(String nextLink) {
        return page(nextLink, RequestOptions.none());
    }

    /** {@link #page(String)} with {@code options} overriding the client's settings for this call. */
    public Page<T> page(String nextLink, RequestOptions options) {
        return pageWithResponse(nextLink, options).value();
    }

    /** {@link #page(String, RequestOptions)} with the HTTP answer it came in. */
    public Response<Page<T>> pageWithResponse(String nextLink, RequestOptions options) {
        return fetch(nextLinkParameters(nextLink), correlationId(options), options);
    }

    /** Every row of the service's default query, lazily across pages. */
    public PagedIterable<T> listAll() {
        return listAll(AnalyticsQuery.all());
    }

    /**
     * Every row of {@code query}, lazily across pages. The query is checked now; nothing is sent until the result
     * is iterated. All pages of one pass share one {@code MS-CorrelationId}.
     */
    public PagedIterable<T> listAll(AnalyticsQuery query) {
        return listAll(query, RequestOptions.none());
    }

    /** {@link #listAll(AnalyticsQuery)} with {@code options} applied to every page's call. */
    public PagedIterable<T> listAll(AnalyticsQuery query, RequestOptions options) {
        Map<String, String> parameters = query.toParameters(capabilities());
        return iterate(parameters, options);
    }

    /** Every row from the page a saved {@code @nextLink} points at to the end, lazily. */
    public PagedIterable<T> listAllFrom(String nextLink) {
        return listAllFrom(nextLink, RequestOptions.none());
    }

    /** {@link #listAllFrom(String)} with {@code options} applied to every page's call. */
    public PagedIterable<T> listAllFrom(String nextLink, RequestOptions options) {
        Map<String, String> parameters = nextLinkParameters(nextLink);
        return iterate(parameters, options);
    }

    /** Shortcut for {@code listAll(query).stream()}. */
    public Stream<T> stream(AnalyticsQuery query) {
        return listAll(query).stream();
    }

    Map<String, String> nextLinkParameters(String nextLink) {
        Objects.requireNonNull(nextLink, "nextLink");
        return QueryStrings.nextLinkQuery(nextLink, operationId(), paths);
    }

    /** The options' correlation id, the client's fixed one, or a new one: one per logical call or pass over pages. */
    UUID correlationId(RequestOptions options) {
        Objects.requireNonNull(options, "options");
        return options.correlationId().orElseGet(context::correlationIdForNewOperation);
    }

    private PagedIterable<T> iterate(Map<String, String> firstParameters, RequestOptions options) {
        return new PagedIterable<>(() -> {
            // One correlation id per pass over the pages, chosen when the pass starts.
            UUID correlationId = correlationId(options);
            return new PagedIterable.Pass<T>() {
                @Override
                public Page<T> first() {
                    return fetch(firstParameters, correlationId, options).value();
                }

                @Override
                public Optional<Page<T>> next(Page<T> previous) {
                    return nextQuery(previous).map(next -> fetch(next, correlationId, options).value());
                }
            };
        });
    }

    /**
     * The query of the page after {@code previous}, or empty on the last page: its {@code @nextLink}, else
     * {@code top}/{@code skip} while {@code TotalCount} says more rows match. Shared by the sync and async passes.
     */
    Optional<Map<String, String>> nextQuery(Page<T> previous) {
        if (previous.items().isEmpty()) {
            return Optional.empty(); // nothing more, whatever the links say; also stops a link that loops
        }
        if (previous.hasNextLink()) {
            Map<String, String> next = nextLinkParameters(previous.nextLink().orElseThrow());
            if (next.equals(previous.query())) {
                throw new IllegalStateException("The service returned a next link to the same page: " + previous.nextLink().orElseThrow());
            }
            return Optional.of(next);
        }
        // No @nextLink: continue with top/skip while the service's TotalCount says more rows match.
        Map<String, String> query = previous.query();
        int top = parseInt(query.get("top"), AnalyticsQuery.MAX_TOP);
        long skip = parseInt(query.get("skip"), 0);
        long seen = skip + previous.items().size();
        boolean more = previous.totalCount().isPresent()
                ? seen < previous.totalCount().getAsLong()
                : previous.items().size() >= top;
        if (!more || seen > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        Map<String, String> next = new LinkedHashMap<>(query);
        next.put("skip", Long.toString(seen));
        if (!query.containsKey("top")) {
            next.put("top", Integer.toString(top));
        }
        return Optional.of(next);
    }

    private static int parseInt(String value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private Response<Page<T>> fetch(Map<String, String> parameters, UUID correlationId, RequestOptions options) {
        CallHeaders headers = context.headers(correlationId);
        ClientContext.Exchange<Page<T>> exchange = context.get(binding, operation.path(), headers, parameters, options,
                response -> page(response, parameters, headers));
        return response(exchange);
    }

    /** {@link #fetch} on the async transport; cancelling the future cancels the call. */
    CompletableFuture<Response<Page<T>>> fetchAsync(Map<String, String> parameters, UUID correlationId, RequestOptions options) {
        CallHeaders headers = context.headers(correlationId);
        return AsyncPages.map(context.getAsync(binding, operation.path(), headers, parameters, options,
                response -> page(response, parameters, headers)), AnalyticsResource::response);
    }

    /** The page an answer holds. */
    Page<T> page(WireResponse response, Map<String, String> parameters, CallHeaders headers) {
        OperationBinding.Envelope<T> page = binding.envelope(response, rowType);
        return new Page<>(page.rows(), page.totalCount(), page.nextLink(), Map.copyOf(parameters), headers.requestId(),
                headers.correlationId(), response.header("MS-CV"));
    }

    static <R> Response<R> response(ClientContext.Exchange<R> exchange) {
        return new Response<>(exchange.response().status(), exchange.response().headers(), exchange.attempts(), exchange.value());
    }

    @Override
    public String toString() {
        return "AnalyticsResource[" + operationId() + " " + operation.path() + "]";
    }
}
