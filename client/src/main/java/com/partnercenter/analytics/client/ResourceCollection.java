package com.partnercenter.analytics.client;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * The {@code Collection} envelope of the deprecated license insights operations: {@code totalCount},
 * {@code items}, {@code links} and {@code attributes.objectType}. These operations take no paging parameters.
 *
 * @param <T> the generated item model
 */
public final class ResourceCollection<T> {
    private final List<T> items;
    private final Integer totalCount;
    private final String nextLinkUri;
    private final String objectType;
    private final UUID requestId;
    private final UUID correlationId;

    ResourceCollection(List<T> items, Integer totalCount, String nextLinkUri, String objectType, UUID requestId,
                       UUID correlationId) {
        this.items = items == null ? List.of() : List.copyOf(items);
        this.totalCount = totalCount;
        this.nextLinkUri = nextLinkUri;
        this.objectType = objectType;
        this.requestId = requestId;
        this.correlationId = correlationId;
    }

    /** The items (never null). */
    public List<T> items() {
        return items;
    }

    /** {@code totalCount}: the number of items in this collection, when sent. */
    public OptionalInt totalCount() {
        return totalCount == null ? OptionalInt.empty() : OptionalInt.of(totalCount);
    }

    /** {@code links.next.uri}, which these operations have not been seen to send. */
    public Optional<String> nextLinkUri() {
        return Optional.ofNullable(nextLinkUri);
    }

    /** {@code attributes.objectType}, normally {@code Collection}. */
    public Optional<String> objectType() {
        return Optional.ofNullable(objectType);
    }

    /** The {@code MS-RequestId} sent. */
    public UUID requestId() {
        return requestId;
    }

    /** The {@code MS-CorrelationId} sent. */
    public UUID correlationId() {
        return correlationId;
    }
}
