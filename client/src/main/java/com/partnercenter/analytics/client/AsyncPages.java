package com.partnercenter.analytics.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One pass over the pages of a query, page by page, without blocking: {@link #first()}, then {@link #next(Page)}
 * for the page after one you have (empty after the last), or {@link #forEach(Consumer)} and {@link #rows()} for the
 * whole pass. Pages follow {@code @nextLink}, or {@code top}/{@code skip} while {@code TotalCount} says more rows
 * match, exactly as {@link PagedIterable} does; every page of the pass carries the same {@code MS-CorrelationId}.
 * Cancelling a returned future cancels the page call in flight.
 *
 * @param <T> the generated row model
 */
public final class AsyncPages<T> {
    private final AnalyticsResource<T> resource;
    private final Map<String, String> firstQuery;
    private final RequestOptions options;
    private final UUID correlationId;

    AsyncPages(AnalyticsResource<T> resource, Map<String, String> firstQuery, RequestOptions options) {
        this.resource = resource;
        this.firstQuery = firstQuery;
        this.options = options;
        this.correlationId = resource.correlationId(options);
    }

    /** The first page of the pass. */
    public CompletableFuture<Page<T>> first() {
        return map(resource.fetchAsync(firstQuery, correlationId, options), Response::value);
    }

    /** The page after {@code previous}, or empty when {@code previous} was the last. */
    public CompletableFuture<Optional<Page<T>>> next(Page<T> previous) {
        Optional<Map<String, String>> next;
        try {
            next = resource.nextQuery(previous);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        if (next.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return map(resource.fetchAsync(next.get(), correlationId, options), r -> Optional.of(r.value()));
    }

    /**
     * Hands every page to {@code action}, in order, requesting each page when {@code action} has taken the one
     * before it; completes after the last page, or with the first failure.
     */
    public CompletableFuture<Void> forEach(Consumer<? super Page<T>> action) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>();
        done.whenComplete((v, e) -> {
            CompletableFuture<?> current = inFlight.get();
            if (done.isCancelled() && current != null) {
                current.cancel(true);
            }
        });
        step(map(first(), Optional::of), action, done, inFlight);
        return done;
    }

    private void step(CompletableFuture<Optional<Page<T>>> page, Consumer<? super Page<T>> action,
                      CompletableFuture<Void> done, AtomicReference<CompletableFuture<?>> inFlight) {
        inFlight.set(page);
        if (done.isCancelled()) {
            page.cancel(true);
            return;
        }
        page.whenComplete((current, error) -> {
            if (done.isDone()) {
                return;
            }
            if (error != null) {
                done.completeExceptionally(error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error);
                return;
            }
            if (current.isEmpty()) {
                done.complete(null);
                return;
            }
            try {
                action.accept(current.get());
                step(next(current.get()), action, done, inFlight);
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
    }

    /** Every row of the pass, in order. */
    public CompletableFuture<List<T>> rows() {
        List<T> rows = new ArrayList<>();
        CompletableFuture<Void> pass = forEach(page -> rows.addAll(page.items()));
        return map(pass, v -> List.copyOf(rows));
    }

    /** {@code source.thenApply(f)}, except that cancelling the result cancels {@code source} too. */
    static <A, B> CompletableFuture<B> map(CompletableFuture<A> source, Function<A, B> f) {
        CompletableFuture<B> result = source.thenApply(f);
        result.whenComplete((v, e) -> {
            if (result.isCancelled()) {
                source.cancel(true);
            }
        });
        return result;
    }
}
