package io.flexprice.adapters.http.plan;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.plan.PlanFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.PlanFilter} as {@code POST /v1/plans/search} takes it (and {@code GET /v1/plans} as
 * query parameters): {@code plan_ids}, {@code lookup_key}, {@code status}, paging. Other filters are accepted
 * and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanSearchRequest(List<String> planIds, String lookupKey, String status, Integer limit, Integer offset,
                                String order,
                                List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final PlanSearchRequest ALL = new PlanSearchRequest(null, null, null, null, null, null, null, null);

    public static Search fromQuery(List<String> planIds, String lookupKey, String status, String limit, String offset,
                                   String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new PlanSearchRequest(WireParser.list(planIds), lookupKey, status, limitValue, offsetValue, order, null,
                null)
                .toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, PlanFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new PlanFilter(WireParser.listWith(planIds, null), WireParser.listWith(null, lookupKey),
                statusFilter, conditions), page);
    }

    public record Search(PlanFilter filter, PageRequest page) {
    }
}
