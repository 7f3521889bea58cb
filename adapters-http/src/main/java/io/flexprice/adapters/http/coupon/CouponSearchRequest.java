package io.flexprice.adapters.http.coupon;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.coupon.CouponFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.CouponFilter} as {@code POST /v1/coupons/search} takes it (and {@code GET /v1/coupons}
 * as query parameters): {@code coupon_ids}, {@code status}, paging. {@code filters}, {@code sort} and
 * {@code expand} are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CouponSearchRequest(List<String> couponIds, String status, Integer limit, Integer offset, String order,
                                  List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final CouponSearchRequest ALL = new CouponSearchRequest(null, null, null, null, null, null, null);

    public static Search fromQuery(List<String> couponIds, String status, String limit, String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new CouponSearchRequest(WireParser.list(couponIds), status, limitValue, offsetValue, order, null, null)
                .toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, CouponFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new CouponFilter(WireParser.listWith(couponIds, null), statusFilter, conditions), page);
    }

    public record Search(CouponFilter filter, PageRequest page) {
    }
}
