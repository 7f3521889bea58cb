package io.flexprice.adapters.http.subscription;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.SubscriptionFilter} as {@code POST /v1/subscriptions/search} takes it (and
 * {@code GET /v1/subscriptions} as query parameters): {@code subscription_ids}, {@code customer_id},
 * {@code plan_id}, {@code subscription_status}, {@code status}, paging. {@code external_customer_id} is resolved
 * by the resource. Other filters are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionSearchRequest(List<String> subscriptionIds, String customerId, String externalCustomerId,
                                        String planId, List<String> subscriptionStatus, String status,
                                        Integer limit, Integer offset, String order,
                                        List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final SubscriptionSearchRequest ALL =
            new SubscriptionSearchRequest(null, null, null, null, null, null, null, null, null, null, null);

    public static Search fromQuery(List<String> subscriptionIds, String customerId, String externalCustomerId,
                                   String planId, List<String> subscriptionStatus, String status, String limit,
                                   String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new SubscriptionSearchRequest(WireParser.list(subscriptionIds), customerId, externalCustomerId, planId,
                WireParser.list(subscriptionStatus), status, limitValue, offsetValue, order, null, null).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        Status statusFilter = wire.status(status);
        List<SubscriptionStatus> statuses = new ArrayList<>();
        if (subscriptionStatus != null) {
            for (String value : subscriptionStatus) {
                SubscriptionStatus parsed = SubscriptionWire.wireEnum(wire, "", value, SubscriptionStatus::fromWire);
                if (parsed != null) {
                    statuses.add(parsed);
                }
            }
        }
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, SubscriptionFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new SubscriptionFilter(WireParser.listWith(subscriptionIds, null),
                WireParser.listWith(null, customerId), WireParser.listWith(null, planId), statuses, statusFilter,
                conditions),
                externalCustomerId == null || externalCustomerId.isBlank() ? null : externalCustomerId, page);
    }

    /** The filter; {@code externalCustomerId}, when given, still to be resolved to a customer id. */
    public record Search(SubscriptionFilter filter, String externalCustomerId, PageRequest page) {
    }
}
