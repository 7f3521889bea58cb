package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Paging for the fakes: rows in insertion order (oldest first), reversed for newest first. */
final class Pages {

    private Pages() {
    }

    static <T> Page<T> of(List<T> matchesOldestFirst, PageRequest page) {
        List<T> ordered = new ArrayList<>(matchesOldestFirst);
        if (page.order() == PageRequest.SortOrder.DESC) {
            Collections.reverse(ordered);
        }
        List<T> items = ordered.stream().skip(page.offset()).limit(page.limit()).toList();
        return new Page<>(items, ordered.size(), page.limit(), page.offset());
    }

    /** A status filter as the out-ports define it: null means every status but deleted. */
    static boolean matchesStatus(Status wanted, Status actual) {
        return wanted == null ? actual != Status.DELETED : wanted == actual;
    }

    /** A list of wanted values narrows only when not empty. */
    static boolean matchesAny(List<?> wanted, Object actual) {
        return wanted.isEmpty() || actual != null && wanted.contains(actual);
    }
}
