package io.flexprice.domain.common;

import java.util.List;

/**
 * The generic part of a FlexPrice search body: {@code filters}, every one of which a row must satisfy, and
 * {@code sort}, applied in order before the listing's own order (creation time, then id). Which fields they
 * may name is the entity's {@link SearchFields}.
 */
public record SearchConditions(List<FilterCondition> filters, List<SortCondition> sort) {

    /** At most this many filters and this many sort conditions per search. */
    public static final int MAX_CONDITIONS = 50;

    public static final SearchConditions NONE = new SearchConditions(List.of(), List.of());

    public SearchConditions {
        filters = filters == null ? List.of() : List.copyOf(filters);
        sort = sort == null ? List.of() : List.copyOf(sort);
        new Violations()
                .require(filters.size() <= MAX_CONDITIONS, "filters", "must hold at most " + MAX_CONDITIONS)
                .require(sort.size() <= MAX_CONDITIONS, "sort", "must hold at most " + MAX_CONDITIONS)
                .throwIfAny();
    }

    public boolean isEmpty() {
        return filters.isEmpty() && sort.isEmpty();
    }
}
