package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.PriceId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One charge of a subscription for a service period, before rounding, coupons and taxes: what the invoice
 * builder turns into an invoice line (rounding {@code amount} once, with {@link Money#roundedToMinorUnit()}).
 * A credit has a negative amount. {@code lineItemId}, {@code priceId} and {@code meterId} are null where no
 * single line item is charged (a commitment true-up); {@code meterId} is null for fixed charges.
 * {@code cadence} says whether the charge is for a period to come (ADVANCE) or one that ended (ARREAR).
 */
public record ChargeLine(SubscriptionLineItemId lineItemId, PriceId priceId, MeterId meterId, String displayName,
                         BigDecimal quantity, Money amount, Period servicePeriod, ChargeKind kind,
                         InvoiceCadence cadence) {

    public ChargeLine {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(servicePeriod, "servicePeriod");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(cadence, "cadence");
    }
}
