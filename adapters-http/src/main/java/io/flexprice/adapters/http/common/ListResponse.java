package io.flexprice.adapters.http.common;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.common.Page;
import java.util.List;
import java.util.function.Function;

/** FlexPrice's list shape: {@code {"items": [...], "pagination": {"limit", "offset", "total"}}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ListResponse<T>(List<T> items, Pagination pagination) {

    public static <D, T> ListResponse<T> from(Page<D> page, Function<D, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(),
                new Pagination(page.limit(), page.offset(), page.total()));
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Pagination(int limit, int offset, long total) {
    }
}
