package io.flexprice.adapters.storage;

import io.flexprice.domain.common.FilterCondition;
import io.flexprice.domain.common.FilterDataType;
import io.flexprice.domain.common.FilterOperator;
import io.flexprice.domain.common.FilterValue;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SortCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Search {@code filters} and {@code sort} conditions for the repository contracts. */
public final class SearchFixtures {

    private SearchFixtures() {
    }

    public static SearchConditions where(FilterCondition... filters) {
        return new SearchConditions(List.of(filters), List.of());
    }

    public static SearchConditions where(List<FilterCondition> filters, SortCondition... sort) {
        return new SearchConditions(filters, List.of(sort));
    }

    public static SearchConditions sortedBy(SortCondition... sort) {
        return new SearchConditions(List.of(), List.of(sort));
    }

    public static FilterCondition eq(String field, String value) {
        return new FilterCondition(field, FilterOperator.EQ, FilterDataType.STRING, FilterValue.ofString(value));
    }

    public static FilterCondition contains(String field, String value) {
        return new FilterCondition(field, FilterOperator.CONTAINS, FilterDataType.STRING, FilterValue.ofString(value));
    }

    public static FilterCondition notContains(String field, String value) {
        return new FilterCondition(field, FilterOperator.NOT_CONTAINS, FilterDataType.STRING,
                FilterValue.ofString(value));
    }

    public static FilterCondition gt(String field, String value) {
        return new FilterCondition(field, FilterOperator.GT, FilterDataType.NUMBER,
                FilterValue.ofNumber(new BigDecimal(value)));
    }

    public static FilterCondition lt(String field, String value) {
        return new FilterCondition(field, FilterOperator.LT, FilterDataType.NUMBER,
                FilterValue.ofNumber(new BigDecimal(value)));
    }

    public static FilterCondition eqNumber(String field, String value) {
        return new FilterCondition(field, FilterOperator.EQ, FilterDataType.NUMBER,
                FilterValue.ofNumber(new BigDecimal(value)));
    }

    public static FilterCondition in(String field, String... values) {
        return new FilterCondition(field, FilterOperator.IN, FilterDataType.ARRAY, FilterValue.ofArray(List.of(values)));
    }

    public static FilterCondition notIn(String field, String... values) {
        return new FilterCondition(field, FilterOperator.NOT_IN, FilterDataType.ARRAY,
                FilterValue.ofArray(List.of(values)));
    }

    public static FilterCondition before(String field, Instant at) {
        return new FilterCondition(field, FilterOperator.BEFORE, FilterDataType.DATE, FilterValue.ofDate(at));
    }

    public static FilterCondition after(String field, Instant at) {
        return new FilterCondition(field, FilterOperator.AFTER, FilterDataType.DATE, FilterValue.ofDate(at));
    }

    public static FilterCondition eqDate(String field, Instant at) {
        return new FilterCondition(field, FilterOperator.EQ, FilterDataType.DATE, FilterValue.ofDate(at));
    }

    public static SortCondition asc(String field) {
        return new SortCondition(field, SortOrder.ASC);
    }

    public static SortCondition desc(String field) {
        return new SortCondition(field, SortOrder.DESC);
    }
}
