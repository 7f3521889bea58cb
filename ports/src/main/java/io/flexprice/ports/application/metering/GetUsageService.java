package io.flexprice.ports.application.metering;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.time.TimeZones;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.metering.GetUsageQuery;
import io.flexprice.ports.in.metering.MeterUsageRequest;
import io.flexprice.ports.in.metering.UsageRequest;
import io.flexprice.ports.in.metering.UsageWindow;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

public final class GetUsageService implements GetUsageQuery {

    private final UsageReader usage;
    private final MeterRepository meters;
    private final CustomerRepository customers;
    private final Clock clock;

    public GetUsageService(UsageReader usage, MeterRepository meters, CustomerRepository customers, Clock clock) {
        this.usage = usage;
        this.meters = meters;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public Usage usage(Caller caller, UsageRequest request) {
        if (request.aggregation() == null) {
            throw ValidationException.of("aggregation_type", "is required");
        }
        UsageQuery query = query(caller.scope(), request.eventName(), request.aggregation(), List.of(), request.window());
        return new Usage(query.eventName(), query.aggregation().type(), usage.read(caller.scope(), query));
    }

    @Override
    public Usage usageByMeter(Caller caller, MeterUsageRequest request) {
        if (request.meterId() == null || request.meterId().isBlank()) {
            throw ValidationException.of("meter_id", "is required");
        }
        MeterId meterId = new MeterId(request.meterId());
        Meter meter = meters.findById(caller.scope(), meterId).filter(m -> m.status() != Status.DELETED)
                .orElseThrow(() -> new NotFoundException(ErrorCode.METER_NOT_FOUND, "meter " + meterId + " not found"));
        UsageQuery query = query(caller.scope(), meter.eventName(), meter.aggregation(), meter.filters(), request.window());
        return new Usage(query.eventName(), query.aggregation().type(), usage.read(caller.scope(), query));
    }

    private UsageQuery query(Scope scope, String eventName, Aggregation aggregation, List<PropertyFilter> meterFilters,
                             UsageWindow window) {
        Customer customer = null;
        if (window.customerId() != null || window.externalCustomerId() != null) {
            customer = CustomerLookup.live(customers, scope,
                    new CustomerRef(window.customerId(), window.externalCustomerId()));
        }
        List<PropertyFilter> filters = new ArrayList<>(meterFilters);
        for (Map.Entry<String, List<String>> filter : window.filters().entrySet()) {
            filters.add(new PropertyFilter(filter.getKey(), filter.getValue()));
        }
        ZoneId zone = window.timezone() != null ? TimeZones.parse(window.timezone(), "timezone")
                : customer != null ? customer.timeZone() : ZoneOffset.UTC;
        return new UsageQuery(eventName, aggregation, filters, customer == null ? null : customer.externalId(),
                window.start(), window.end() == null ? clock.instant() : window.end(), window.windowSize(), zone,
                window.billingAnchor());
    }
}
