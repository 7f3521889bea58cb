package io.flexprice.adapters.http.customer;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.ports.out.customer.CustomerFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.CustomerFilter} as {@code POST /v1/customers/search} takes it (and
 * {@code GET /v1/customers} as query parameters). {@code external_id} joins {@code external_ids}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerSearchRequest(List<String> customerIds, String externalId, List<String> externalIds,
                                    String email, String status, Integer limit, Integer offset, String order,
                                    List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final CustomerSearchRequest ALL = new CustomerSearchRequest(null, null, null, null, null, null,
            null, null, null, null);

    /** The same search from {@code GET /v1/customers}'s query parameters (lists repeated or comma separated). */
    public static Search fromQuery(List<String> customerIds, String externalId, List<String> externalIds, String email,
                                   String status, String limit, String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new CustomerSearchRequest(WireParser.list(customerIds), externalId, WireParser.list(externalIds), email,
                status, limitValue, offsetValue, order, null, null).toSearch(wire);
    }

    /** The filter and page of this search, or a 400 naming every invalid field. */
    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, CustomerFilter.FIELDS);
        wire.throwIfInvalid();
        CustomerFilter filter = new CustomerFilter(WireParser.listWith(customerIds, null),
                WireParser.listWith(externalIds, externalId), email == null || email.isBlank() ? null : email,
                statusFilter, conditions);
        return new Search(filter, page);
    }

    public record Search(CustomerFilter filter, PageRequest page) {
    }
}
