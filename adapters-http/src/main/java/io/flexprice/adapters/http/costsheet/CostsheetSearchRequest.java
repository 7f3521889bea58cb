package io.flexprice.adapters.http.costsheet;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import java.util.List;

/**
 * FlexPrice's {@code costsheet.Filter} as its SDK sends it to {@code POST /v1/costs/search}, in camel case:
 * {@code costsheetIDs}, {@code lookupKey}, {@code name}, {@code status} and paging, either at the top
 * ({@code limit}, {@code offset}, {@code order}) or in {@code queryFilter}. {@code filters}, {@code sort} and
 * {@code timeRangeFilter} are accepted and ignored.
 */
public record CostsheetSearchRequest(@JsonProperty("costsheetIDs") List<String> costsheetIds,
                                     @JsonProperty("lookupKey") String lookupKey,
                                     @JsonProperty("name") String name,
                                     @JsonProperty("status") String status,
                                     @JsonProperty("queryFilter") QueryFilter queryFilter,
                                     @JsonProperty("limit") Integer limit,
                                     @JsonProperty("offset") Integer offset,
                                     @JsonProperty("order") String order,
                                     @JsonProperty("filters") List<FilterConditionRequest> filters,
                                     @JsonProperty("sort") List<SortConditionRequest> sort) {

    public static final CostsheetSearchRequest ALL =
            new CostsheetSearchRequest(null, null, null, null, null, null, null, null, null, null);

    /** A search without {@code filters} or {@code sort} (from query parameters). */
    public CostsheetSearchRequest(List<String> costsheetIds, String lookupKey, String name, String status,
                                  QueryFilter queryFilter, Integer limit, Integer offset, String order) {
        this(costsheetIds, lookupKey, name, status, queryFilter, limit, offset, order, null, null);
    }

    public Search toSearch() {
        WireParser wire = new WireParser();
        QueryFilter paging = queryFilter == null ? new QueryFilter(null, null, null, null) : queryFilter;
        Status statusFilter = wire.status(status != null ? status : paging.status());
        PageRequest page = wire.page(limit != null ? limit : paging.limit(),
                offset != null ? offset : paging.offset(), order != null ? order : paging.order());
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, CostsheetFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new CostsheetFilter(costsheetIds, WireParser.listWith(null, lookupKey), name,
                statusFilter, conditions),
                page);
    }

    /** FlexPrice's {@code types.QueryFilter}. */
    public record QueryFilter(@JsonProperty("limit") Integer limit, @JsonProperty("offset") Integer offset,
                              @JsonProperty("order") String order, @JsonProperty("status") String status) {
    }

    public record Search(CostsheetFilter filter, PageRequest page) {
    }
}
