package com.partnercenter.analytics.client;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * One page of an analytics operation: its rows, {@code TotalCount} (rows or groups matching over all pages) and
 * {@code @nextLink}. Save {@link #nextLink()} to resume later with {@link AnalyticsResource#page(String)} or
 * {@link AnalyticsResource#listAllFrom(String)}.
 *
 * @param <T> the generated row model
 */
public final class Page<T> {
    private final List<T> items;
    private final Long totalCount;
    private final String nextLink;
    private final Map<String, String> query;
    private final UUID requestId;
    private final UUID correlationId;
    private final String correlationVector;

    Page(List<T> items, Long totalCount, String nextLink, Map<String, String> query, UUID requestId,
         UUID correlationId, String correlationVector) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.totalCount = totalCount;
        this.nextLink = nextLink == null || nextLink.isBlank() ? null : nextLink;
        this.query = Map.copyOf(query);
        this.requestId = requestId;
        this.correlationId = correlationId;
        this.correlationVector = correlationVector;
    }

    /** The rows of this page (never null). */
    public List<T> items() {
        return items;
    }

    /** {@code TotalCount}: the rows (or groups) that match over all pages, when the service sent it. */
    public OptionalLong totalCount() {
        return totalCount == null ? OptionalLong.empty() : OptionalLong.of(totalCount);
    }

    /** {@code @nextLink}: the URL of the next page, absent on the last page. */
    public Optional<String> nextLink() {
        return Optional.ofNullable(nextLink);
    }

    /** True when the service sent a next link. */
    public boolean hasNextLink() {
        return nextLink != null;
    }

    /** The query parameters this page was requested with, decoded. */
    public Map<String, String> query() {
        return query;
    }

    /** The {@code MS-RequestId} sent for this page. */
    public UUID requestId() {
        return requestId;
    }

    /** The {@code MS-CorrelationId} sent for this page. */
    public UUID correlationId() {
        return correlationId;
    }

    /** The service's {@code MS-CV} response header. */
    public Optional<String> correlationVector() {
        return Optional.ofNullable(correlationVector);
    }

    @Override
    public String toString() {
        return "Page[items=" + items.size() + ", totalCount=" + totalCount + ", nextLink=" + nextLink + "]";
    }
}
