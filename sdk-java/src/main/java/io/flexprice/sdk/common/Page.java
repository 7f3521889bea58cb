package io.flexprice.sdk.common;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * One page of a list, and the way to the following ones. {@link #autoPagingIterable()} walks every item
 * of every page from this one on, fetching each next page (by offset) only when the previous one is used
 * up; the same filters apply to every page.
 *
 * <p>Paging is by offset, as FlexPrice's API pages: objects created or deleted while you walk may shift
 * the pages, so an item can be seen twice or missed. Sort by creation (the default, newest first) and
 * walk soon after the first page for the best result.
 *
 * @param <T> the item type
 */
public final class Page<T> {

    private final List<T> items;
    private final int offset;
    private final int limit;
    private final long total;
    private final boolean hasMore;
    private final IntFunction<Page<T>> fetchAt;

    /**
     * @param items   this page's items
     * @param offset  the offset of this page's first item
     * @param limit   the page size asked for
     * @param total   the number of items over all pages (as the server counted when answering)
     * @param hasMore whether items follow this page
     * @param fetchAt fetches the page at an offset, with the same filters
     */
    public Page(List<T> items, int offset, int limit, long total, boolean hasMore, IntFunction<Page<T>> fetchAt) {
        this.items = List.copyOf(items);
        this.offset = offset;
        this.limit = limit;
        this.total = total;
        this.hasMore = hasMore;
        this.fetchAt = Objects.requireNonNull(fetchAt, "fetchAt");
    }

    /** A page from FlexPrice's {@code {"items": [...], "pagination": {"limit", "offset", "total"}}}. */
    public static <T> Page<T> of(ListEnvelope<T> envelope, IntFunction<Page<T>> fetchAt) {
        List<T> items = envelope.items() == null ? List.of() : envelope.items();
        ListEnvelope.Pagination pagination = envelope.pagination();
        int offset = pagination == null || pagination.offset() == null ? 0 : pagination.offset();
        int limit = pagination == null || pagination.limit() == null ? items.size() : pagination.limit();
        long total = pagination == null || pagination.total() == null ? offset + items.size() : pagination.total();
        return new Page<>(items, offset, limit, total, offset + (long) items.size() < total, fetchAt);
    }

    public List<T> items() {
        return items;
    }

    public int offset() {
        return offset;
    }

    public int limit() {
        return limit;
    }

    public long total() {
        return total;
    }

    public boolean hasMore() {
        return hasMore && !items.isEmpty();
    }

    /** The page after this one, fetched now, or empty on the last page. */
    public Optional<Page<T>> nextPage() {
        return hasMore() ? Optional.of(fetchAt.apply(offset + items.size())) : Optional.empty();
    }

    /** Every item from this page on; later pages are fetched as the iteration reaches them. */
    public Iterable<T> autoPagingIterable() {
        return () -> new Iterator<>() {
            private Page<T> page = Page.this;
            private int index;

            @Override
            public boolean hasNext() {
                while (index >= page.items.size()) {
                    Optional<Page<T>> next = page.nextPage();
                    if (next.isEmpty()) {
                        return false;
                    }
                    page = next.get();
                    index = 0;
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.items.get(index++);
            }
        };
    }

    /** {@link #autoPagingIterable()} as a sequential stream. */
    public Stream<T> autoPagingStream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(autoPagingIterable().iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** Every item from this page on, fetched now, in a list. */
    public List<T> fetchAll() {
        List<T> all = new ArrayList<>();
        autoPagingIterable().forEach(all::add);
        return all;
    }

    @Override
    public String toString() {
        return "Page[offset=" + offset + ", items=" + items.size() + ", total=" + total + "]";
    }
}
