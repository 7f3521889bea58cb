package io.flexprice.adapters.http.feature;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.feature.FeatureFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.FeatureFilter} as {@code POST /v1/features/search} takes it (and
 * {@code GET /v1/features} as query parameters). {@code lookup_key} joins {@code lookup_keys}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FeatureSearchRequest(List<String> featureIds, String lookupKey, List<String> lookupKeys,
                                   List<String> meterIds, String nameContains, String status, Integer limit,
                                   Integer offset, String order,
                                   List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final FeatureSearchRequest ALL = new FeatureSearchRequest(null, null, null, null, null, null, null,
            null, null, null, null);

    /** The same search from {@code GET /v1/features}'s query parameters (lists repeated or comma separated). */
    public static Search fromQuery(List<String> featureIds, String lookupKey, List<String> lookupKeys,
                                   List<String> meterIds, String nameContains, String status, String limit,
                                   String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new FeatureSearchRequest(WireParser.list(featureIds), lookupKey, WireParser.list(lookupKeys),
                WireParser.list(meterIds), nameContains, status, limitValue, offsetValue, order, null, null)
                .toSearch(wire);
    }

    /** The filter and page of this search, or a 400 naming every invalid field. */
    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, FeatureFilter.FIELDS);
        wire.throwIfInvalid();
        FeatureFilter filter = new FeatureFilter(WireParser.listWith(featureIds, null),
                WireParser.listWith(lookupKeys, lookupKey), WireParser.listWith(meterIds, null),
                nameContains == null || nameContains.isBlank() ? null : nameContains, statusFilter, conditions);
        return new Search(filter, page);
    }

    public record Search(FeatureFilter filter, PageRequest page) {
    }
}
