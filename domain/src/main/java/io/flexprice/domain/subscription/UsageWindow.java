package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.metering.MeterId;
import java.util.Objects;

/**
 * Where the usage of one USAGE line item is to be read for a charge: its meter over {@code period}, the part
 * of a billing period in which the line is in force and the subscription is out of its trial.
 */
public record UsageWindow(SubscriptionLineItemId lineItemId, MeterId meterId, Period period) {

    public UsageWindow {
        Objects.requireNonNull(lineItemId, "lineItemId");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(period, "period");
    }
}
