package io.flexprice.ports.application.subscription;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.UsageWindow;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the usage of a subscription's usage windows: each line's meter (event name, aggregation, filters)
 * over its window, for the subscription's customer, in the customer's billing zone. Shared by the usage endpoint and
 * by billing ({@code application.billing}), so an invoice charges the usage the usage endpoint shows.
 */
public final class LineUsage {

    private final UsageReader usage;
    private final MeterRepository meters;
    private final CustomerRepository customers;

    public LineUsage(UsageReader usage, MeterRepository meters, CustomerRepository customers) {
        this.usage = usage;
        this.meters = meters;
        this.customers = customers;
    }

    /** The quantity of every window, by line item; nothing is read for no window. */
    public Map<SubscriptionLineItemId, BigDecimal> read(Subscription subscription, List<UsageWindow> windows) {
        Map<SubscriptionLineItemId, BigDecimal> quantities = new LinkedHashMap<>();
        if (windows.isEmpty()) {
            return quantities;
        }
        Customer customer = customers.findById(subscription.scope(), subscription.customerId())
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                        "customer " + subscription.customerId() + " not found"));
        for (UsageWindow window : windows) {
            Meter meter = meters.findById(subscription.scope(), window.meterId())
                    .orElseThrow(() -> new NotFoundException(ErrorCode.METER_NOT_FOUND,
                            "meter " + window.meterId() + " not found"));
            UsageQuery query = new UsageQuery(meter.eventName(), meter.aggregation(), meter.filters(),
                    customer.externalId(), window.period().start(), window.period().end(), null,
                    subscription.billing().zone(), null);
            quantities.put(window.lineItemId(), usage.read(subscription.scope(), query).value());
        }
        return quantities;
    }
}
