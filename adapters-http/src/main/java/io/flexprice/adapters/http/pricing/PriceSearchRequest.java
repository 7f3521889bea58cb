package io.flexprice.adapters.http.pricing;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.ports.out.pricing.PriceFilter;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code types.PriceFilter} as {@code POST /v1/prices/search} takes it (and {@code GET /v1/prices}
 * as query parameters): {@code price_ids}, {@code plan_ids} and {@code entity_ids} (both name the listing
 * entity), {@code entity_type}, {@code meter_ids}, {@code parent_price_id} (the later versions of a price),
 * {@code start_date_lt}, {@code status}, paging. As in FlexPrice, prices that have ended are left out unless
 * {@code allow_expired_prices} is true. Other filters are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceSearchRequest(List<String> priceIds, List<String> planIds, List<String> entityIds,
                                 String entityType, List<String> meterIds, String parentPriceId,
                                 Boolean allowExpiredPrices, String startDateLt, String status, Integer limit,
                                 Integer offset, String order,
                                 List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final PriceSearchRequest ALL =
            new PriceSearchRequest(null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    public static Search fromQuery(List<String> priceIds, List<String> planIds, List<String> entityIds,
                                   String entityType, List<String> meterIds, String parentPriceId,
                                   String allowExpiredPrices, String startDateLt, String status, String limit,
                                   String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        Boolean allowExpired = wire.bool(allowExpiredPrices, "allow_expired_prices");
        return new PriceSearchRequest(WireParser.list(priceIds), WireParser.list(planIds), WireParser.list(entityIds),
                entityType, WireParser.list(meterIds), parentPriceId, allowExpired, startDateLt, status, limitValue,
                offsetValue, order, null, null).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        PriceEntityType type = CreatePriceRequest.wireEnum(wire, "", entityType, PriceEntityType::fromWire);
        Instant startsBefore = wire.instant(startDateLt, "start_date_lt");
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, PriceFilter.FIELDS);
        wire.throwIfInvalid();
        List<String> entities = WireParser.listWith(entityIds, null);
        entities.addAll(WireParser.listWith(planIds, null));
        return new Search(new PriceFilter(WireParser.listWith(priceIds, null), entities,
                WireParser.listWith(meterIds, null), List.of(), statusFilter, type, parentPriceId, startsBefore, null,
                conditions),
                page, Boolean.TRUE.equals(allowExpiredPrices));
    }


    /** The filter and page, and whether prices that have ended are listed too. */
    public record Search(PriceFilter filter, PageRequest page, boolean includeEnded) {
    }
}
