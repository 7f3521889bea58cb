package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.pricing.PriceFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.PriceFilter} as {@code POST /v1/prices/search} takes it (and {@code GET /v1/prices}
 * as query parameters): {@code price_ids}, {@code plan_ids} and {@code entity_ids} (both name the listing
 * entity), {@code meter_ids}, {@code status}, paging. Other filters are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceSearchRequest(List<String> priceIds, List<String> planIds, List<String> entityIds,
                                 List<String> meterIds, String status, Integer limit, Integer offset, String order) {

    public static final PriceSearchRequest ALL = new PriceSearchRequest(null, null, null, null, null, null, null, null);

    public static Search fromQuery(List<String> priceIds, List<String> planIds, List<String> entityIds,
                                   List<String> meterIds, String status, String limit, String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new PriceSearchRequest(WireParser.list(priceIds), WireParser.list(planIds), WireParser.list(entityIds),
                WireParser.list(meterIds), status, limitValue, offsetValue, order).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        List<String> entities = WireParser.listWith(entityIds, null);
        entities.addAll(WireParser.listWith(planIds, null));
        return new Search(new PriceFilter(WireParser.listWith(priceIds, null), entities,
                WireParser.listWith(meterIds, null), List.of(), statusFilter), page);
    }

    public record Search(PriceFilter filter, PageRequest page) {
    }
}
