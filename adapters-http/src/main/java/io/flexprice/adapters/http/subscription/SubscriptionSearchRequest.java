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
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * FlexPrice's {@code types.SubscriptionFilter} as {@code POST /v1/subscriptions/search} takes it (and
 * {@code GET /v1/subscriptions} as query parameters): {@code subscription_ids}, {@code customer_id},
 * {@code plan_id}, {@code subscription_status}, {@code status}, {@code billing_period}, {@code billing_cadence},
 * {@code active_at}, paging, and the generic {@code filters} / {@code sort}. {@code external_customer_id} is resolved
 * by the resource. Accepted and ignored: {@code start_time}, {@code end_time}, {@code invoicing_customer_ids},
 * {@code parent_subscription_ids}, {@code with_line_items} (line items are always included) and {@code expand}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionSearchRequest(List<String> subscriptionIds, String customerId, String externalCustomerId,
                                        String planId, List<String> subscriptionStatus, String status,
                                        Integer limit, Integer offset, String order,
                                        List<FilterConditionRequest> filters, List<SortConditionRequest> sort,
                                        List<String> billingPeriod, List<String> billingCadence, String activeAt) {

    public static final SubscriptionSearchRequest ALL =
            new SubscriptionSearchRequest(null, null, null, null, null, null, null, null, null, null, null, null,
                    null, null);

    public static Search fromQuery(List<String> subscriptionIds, String customerId, String externalCustomerId,
                                   String planId, List<String> subscriptionStatus, String status, String limit,
                                   String offset, String order, List<String> billingPeriod,
                                   List<String> billingCadence, String activeAt) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new SubscriptionSearchRequest(WireParser.list(subscriptionIds), customerId, externalCustomerId, planId,
                WireParser.list(subscriptionStatus), status, limitValue, offsetValue, order, null, null,
                WireParser.list(billingPeriod), WireParser.list(billingCadence), activeAt).toSearch(wire);
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
        List<BillingPeriod> periods = parsed(wire, "billing_period", billingPeriod, BillingPeriod::fromWire);
        List<BillingCadence> cadences = parsed(wire, "billing_cadence", billingCadence, BillingCadence::fromWire);
        Instant activeAtValue = wire.instant(activeAt, "active_at");
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, SubscriptionFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new SubscriptionFilter(WireParser.listWith(subscriptionIds, null),
                WireParser.listWith(null, customerId), WireParser.listWith(null, planId), statuses, statusFilter,
                conditions, periods, cadences, activeAtValue),
                externalCustomerId == null || externalCustomerId.isBlank() ? null : externalCustomerId, page);
    }

    private static <E> List<E> parsed(WireParser wire, String field, List<String> values,
                                      Function<String, E> fromWire) {
        List<E> parsed = new ArrayList<>();
        if (values != null) {
            for (int i = 0; i < values.size(); i++) {
                String name = field + "[" + i + "]";
                String text = values.get(i);
                E value = text == null || text.isBlank() ? null
                        : wire.parse(f -> name, () -> fromWire.apply(text.trim()));
                if (value != null) {
                    parsed.add(value);
                }
            }
        }
        return parsed;
    }

    /** The filter; {@code externalCustomerId}, when given, still to be resolved to a customer id. */
    public record Search(SubscriptionFilter filter, String externalCustomerId, PageRequest page) {
    }
}
