package io.flexprice.domain.common;

import java.util.List;

/** One page of a listing, with the total that matched the filter. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    public Page {
        items = List.copyOf(items);
    }
}
