package io.flexprice.ports.in.metering;

import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.ports.in.tenancy.Caller;

public interface GetUsageQuery {

    /** Usage of an event name with an ad-hoc aggregation. */
    Usage usage(Caller caller, UsageRequest request);

    /**
     * Usage as a meter counts it; the request's filters narrow the meter's own.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the meter does not exist
     */
    Usage usageByMeter(Caller caller, MeterUsageRequest request);

    record Usage(String eventName, AggregationType type, UsageResult result) {
    }
}
