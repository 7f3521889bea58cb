package io.flexprice.domain.common;

/** Offset pagination as FlexPrice's list endpoints take it; {@code limit} is capped. */
public record PageRequest(int limit, int offset, SortOrder order) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        new Violations()
                .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .require(offset >= 0, "offset", "must not be negative")
                .throwIfAny();
        order = order == null ? SortOrder.DESC : order;
    }

    public static PageRequest of(Integer limit, Integer offset, SortOrder order) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, offset == null ? 0 : offset, order);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, 0, SortOrder.DESC);
    }

    /** Listings sort by creation time; newest first unless asked otherwise. */
    public enum SortOrder {
        ASC,
        DESC
    }
}
