package com.partnercenter.analytics.client;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every row of a query, over as many pages as it takes, fetched lazily: a page is requested only when the rows
 * before it have been consumed, and each {@link #iterator()}, {@link #stream()} or {@link #pages()} starts a new
 * pass from the first page. Pages follow {@code @nextLink}; where a page has none, {@code top}/{@code skip}
 * continue while {@code TotalCount} says more rows match.
 *
 * <p>To stop and resume later, iterate {@link #pages()} and keep the last {@link Page#nextLink()}; pass it to
 * {@link AnalyticsResource#listAllFrom(String)}.
 *
 * @param <T> the generated row model
 */
public final class PagedIterable<T> implements Iterable<T> {
    /** One pass over the pages: how to get the first page, and the page after a given one. */
    interface Pass<T> {
        Page<T> first();

        Optional<Page<T>> next(Page<T> previous);
    }

    private final Supplier<Pass<T>> passes;

    PagedIterable(Supplier<Pass<T>> passes) {
        this.passes = passes;
    }

    /** The pages, fetched lazily; each iteration starts again from the first page. */
    public Iterable<Page<T>> pages() {
        return PageIterator::new;
    }

    /** The pages as a sequential, lazy stream. */
    public Stream<Page<T>> streamPages() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(new PageIterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every row, across pages, lazily. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private final PageIterator pages = new PageIterator();
            private Iterator<T> current = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!pages.hasNext()) {
                        return false;
                    }
                    current = pages.next().items().iterator();
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    /** Every row as a sequential, lazy stream. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
    }

    private final class PageIterator implements Iterator<Page<T>> {
        private final Pass<T> pass = passes.get();
        private Page<T> last;
        private Page<T> pending;
        private boolean started;
        private boolean done;

        @Override
        public boolean hasNext() {
            if (pending != null) {
                return true;
            }
            if (done) {
                return false;
            }
            if (!started) {
                started = true;
                pending = pass.first();
            } else {
                pending = pass.next(last).orElse(null);
            }
            if (pending == null) {
                done = true;
                return false;
            }
            return true;
        }

        @Override
        public Page<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            last = pending;
            pending = null;
            return last;
        }
    }
}
