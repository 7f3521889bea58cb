package io.flexprice.adapters.http.common;

import io.flexprice.domain.common.FilterCondition;
import io.flexprice.domain.common.FilterDataType;
import io.flexprice.domain.common.FilterOperator;
import io.flexprice.domain.common.FilterValue;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.common.SortCondition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A search body's {@code filters} and {@code sort} as {@link SearchConditions} admitted by the entity's
 * {@link SearchFields}; every invalid part is collected on the {@link WireParser} under its position
 * ({@code filters[1].field}, {@code filters[0].value.number}, {@code sort[0].direction}).
 */
public final class SearchConditionsWire {

    private SearchConditionsWire() {
    }

    /** The conditions, or {@link SearchConditions#NONE} with the violations recorded on {@code wire}. */
    public static SearchConditions parse(WireParser wire, List<FilterConditionRequest> filters,
                                         List<SortConditionRequest> sort, SearchFields<?> fields) {
        int before = wire.violationCount();
        List<FilterCondition> conditions = new ArrayList<>();
        List<FilterConditionRequest> filterList = filters == null ? List.of() : filters;
        for (int i = 0; i < filterList.size(); i++) {
            FilterCondition condition = filter(wire, "filters[" + i + "].", filterList.get(i));
            if (condition != null) {
                conditions.add(condition);
            }
        }
        List<SortCondition> sorts = new ArrayList<>();
        List<SortConditionRequest> sortList = sort == null ? List.of() : sort;
        for (int i = 0; i < sortList.size(); i++) {
            SortCondition condition = sort(wire, "sort[" + i + "].", sortList.get(i));
            if (condition != null) {
                sorts.add(condition);
            }
        }
        if (wire.violationCount() > before) {
            return SearchConditions.NONE;
        }
        SearchConditions parsed = wire.parse(() -> fields.admit(new SearchConditions(conditions, sorts)));
        return parsed == null ? SearchConditions.NONE : parsed;
    }

    private static FilterCondition filter(WireParser wire, String prefix, FilterConditionRequest request) {
        if (request == null) {
            wire.add(prefix.substring(0, prefix.length() - 1), "must be a condition object");
            return null;
        }
        FilterOperator operator = blank(request.operator()) ? null
                : wire.parse(prefix, () -> FilterOperator.fromWire(request.operator().trim()));
        FilterDataType dataType = blank(request.dataType()) ? null
                : wire.parse(prefix, () -> FilterDataType.fromWire(request.dataType().trim()));
        FilterValue value = request.value() == null ? null : value(wire, prefix + "value.", request.value());
        return wire.parse(prefix, () -> new FilterCondition(request.field(), operator, dataType, value));
    }

    private static FilterValue value(WireParser wire, String prefix, FilterConditionRequest.Value value) {
        Instant date = wire.instant(value.date(), prefix + "date");
        return new FilterValue(value.string(), value.number(), value.bool(), date, value.array());
    }

    private static SortCondition sort(WireParser wire, String prefix, SortConditionRequest request) {
        if (request == null) {
            wire.add(prefix.substring(0, prefix.length() - 1), "must be a sort object");
            return null;
        }
        PageRequest.SortOrder direction = null;
        if (!blank(request.direction())) {
            String text = request.direction().trim().toLowerCase(Locale.ROOT);
            if (text.equals("asc") || text.equals("desc")) {
                direction = PageRequest.SortOrder.valueOf(text.toUpperCase(Locale.ROOT));
            } else {
                wire.add(prefix + "direction", "must be asc or desc");
            }
        }
        PageRequest.SortOrder parsed = direction;
        return wire.parse(prefix, () -> new SortCondition(request.field(), parsed));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
