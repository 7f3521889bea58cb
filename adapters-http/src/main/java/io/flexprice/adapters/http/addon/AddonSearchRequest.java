package io.flexprice.adapters.http.addon;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.addon.AddonFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.AddonFilter} as {@code POST /v1/addons/search} takes it (and {@code GET /v1/addons}
 * as query parameters): {@code addon_ids}, {@code lookup_keys}, {@code addon_type}, {@code status}, paging, and
 * FlexPrice's {@code filters} and {@code sort} ({@link SearchConditionsWire}). {@code expand} and the times are
 * accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddonSearchRequest(List<String> addonIds, List<String> lookupKeys, String addonType, String status,
                                 Integer limit, Integer offset, String order,
                                 List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final AddonSearchRequest ALL = new AddonSearchRequest(null, null, null, null, null, null, null, null,
            null);

    public static Search fromQuery(List<String> addonIds, List<String> lookupKeys, String addonType, String status,
                                   String limit, String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new AddonSearchRequest(WireParser.list(addonIds), WireParser.list(lookupKeys), addonType, status,
                limitValue, offsetValue, order, null, null).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        AddonType type = addonType == null || addonType.isBlank() ? null
                : wire.parse(field -> "addon_type", () -> AddonType.fromWire(addonType.trim()));
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, AddonFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new AddonFilter(WireParser.listWith(addonIds, null), WireParser.listWith(lookupKeys, null),
                type, statusFilter, conditions), page);
    }

    public record Search(AddonFilter filter, PageRequest page) {
    }
}
