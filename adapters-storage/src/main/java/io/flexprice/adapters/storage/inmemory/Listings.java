package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.common.Status;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/** Filtering, ordering and paging as the out-ports define them for every listing. */
final class Listings {

    private Listings() {
    }

    /** A filter value narrows only when given. */
    static boolean matches(Object wanted, Object actual) {
        return wanted == null || wanted.equals(actual);
    }

    /** A list of wanted values narrows only when not empty; a row without the value then never matches. */
    static boolean matchesAny(List<?> wanted, Object actual) {
        return wanted.isEmpty() || actual != null && wanted.contains(actual);
    }

    /** A status filter: null means every status but deleted. */
    static boolean matchesStatus(Status wanted, Status actual) {
        return wanted == null ? actual != Status.DELETED : wanted == actual;
    }

    /**
     * Creation order in the requested direction; rows created at the same instant are ordered by id, so
     * paging through them neither skips nor repeats a row.
     */
    static <T> Comparator<T> creationOrder(PageRequest.SortOrder direction, Function<T, Instant> createdAt,
                                           Function<T, String> id) {
        Comparator<T> oldestFirst = Comparator.comparing(createdAt).thenComparing(id);
        return direction == PageRequest.SortOrder.ASC ? oldestFirst : oldestFirst.reversed();
    }

    /**
     * The requested page of the matches that also satisfy the search's {@code filters}, in the search's
     * {@code sort} and then {@code listingOrder}; the total counts every match.
     */
    static <T> Page<T> page(Stream<T> matches, SearchFields<T> fields, SearchConditions conditions,
                            Comparator<T> listingOrder, PageRequest page) {
        return page(matches.filter(row -> fields.matches(row, conditions)), fields.order(conditions, listingOrder),
                page);
    }

    /** The requested page of the matches in {@code order}; the total counts every match. */
    static <T> Page<T> page(Stream<T> matches, Comparator<? super T> order, PageRequest page) {
        List<T> sorted = matches.sorted(order).toList();
        List<T> items = sorted.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, sorted.size(), page.limit(), page.offset());
    }
}
