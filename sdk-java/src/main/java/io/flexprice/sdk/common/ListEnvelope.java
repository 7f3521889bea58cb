package io.flexprice.sdk.common;

import java.util.List;

/**
 * FlexPrice's list answer, {@code {"items": [...], "pagination": {"limit", "offset", "total"}}}, as read
 * off the wire; services turn it into a {@link Page}.
 *
 * @param <T>        the item type
 * @param items      the page's items
 * @param pagination where the page is
 */
public record ListEnvelope<T>(List<T> items, Pagination pagination) {

    /**
     * @param limit  the page size
     * @param offset the page's offset
     * @param total  the number of items over all pages
     */
    public record Pagination(Integer limit, Integer offset, Long total) {
    }
}
