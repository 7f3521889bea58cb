package io.flexprice.ports.out.metering;

import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.tenancy.Scope;

/**
 * Computes usage where the events are, with the meaning of
 * {@link io.flexprice.domain.metering.UsageCalculator} for every aggregation.
 */
public interface UsageReader {

    UsageResult read(Scope scope, UsageQuery query);
}
