package io.flexprice.domain.pricing;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

/**
 * The terms of a FlexPrice price: what {@link PriceCalculator} needs to turn a quantity into an amount, and
 * the schedule it is billed on. Amounts are in {@code currency}, unrounded.
 *
 * <ul>
 *   <li>{@code amount}: per unit (FLAT_FEE) or per package (PACKAGE); TIERED prices price their tiers and
 *       leave it empty or zero.</li>
 *   <li>{@code tierMode} and {@code tiers}: TIERED only. Tiers ascend strictly by {@code up_to}, and only the
 *       last is unbounded, so every quantity falls in exactly one tier.</li>
 *   <li>{@code transformQuantity}: PACKAGE only, and required there.</li>
 *   <li>{@code billingPeriod}: required when RECURRING; {@code billingPeriodCount} periods (at least 1) make
 *       one billing period.</li>
 *   <li>{@code minQuantity}: optional; the least quantity a subscription line item of this price may hold
 *       (FlexPrice's {@code min_quantity}). The calculator prices the quantity it is given and does not
 *       apply it.</li>
 * </ul>
 *
 * Options that a model does not use are rejected rather than ignored, so that no term silently has no effect.
 */
public record Price(PriceType type, BillingModel billingModel, Currency currency, BigDecimal amount,
                    TierMode tierMode, List<PriceTier> tiers, TransformQuantity transformQuantity,
                    BillingCadence billingCadence, BillingPeriod billingPeriod, int billingPeriodCount,
                    InvoiceCadence invoiceCadence, BigDecimal minQuantity) {

    public Price {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        boolean tiered = billingModel == BillingModel.TIERED;
        boolean untiered = billingModel != null && !tiered;
        boolean packaged = billingModel == BillingModel.PACKAGE;
        Violations violations = new Violations()
                .require(type != null, "type", "is required")
                .require(billingModel != null, "billing_model", "is required")
                .require(currency != null, "currency", "is required")
                .require(currency == null || Money.hasMinorUnit(currency), "currency",
                        "must have a minor unit, such as usd or eur")
                .require(!untiered || amount != null, "amount", "is required for " + billingModel + " prices")
                .require(amount == null || amount.signum() >= 0, "amount", "must not be negative")
                .require(!tiered || amount == null || amount.signum() <= 0, "amount",
                        "is not used by TIERED prices; price the tiers instead")
                .require(!tiered || tierMode != null, "tier_mode", "is required for TIERED prices")
                .require(!untiered || tierMode == null, "tier_mode", "is only used by TIERED prices")
                .require(!tiered || !tiers.isEmpty(), "tiers", "are required for TIERED prices")
                .require(!untiered || tiers.isEmpty(), "tiers", "are only used by TIERED prices")
                .require(!packaged || transformQuantity != null, "transform_quantity",
                        "is required for PACKAGE prices")
                .require(packaged || billingModel == null || transformQuantity == null, "transform_quantity",
                        "is only used by PACKAGE prices")
                .require(billingCadence != null, "billing_cadence", "is required")
                .require(billingCadence != BillingCadence.RECURRING || billingPeriod != null, "billing_period",
                        "is required for RECURRING prices")
                .require(billingPeriodCount >= 1, "billing_period_count", "must be at least 1")
                .require(invoiceCadence != null, "invoice_cadence", "is required")
                .require(minQuantity == null || minQuantity.signum() >= 0, "min_quantity", "must not be negative");
        if (tiered) {
            checkTierBounds(tiers, violations);
        }
        violations.throwIfAny();
    }

    private static void checkTierBounds(List<PriceTier> tiers, Violations violations) {
        int last = tiers.size() - 1;
        BigDecimal previous = null;
        for (int i = 0; i <= last; i++) {
            BigDecimal upTo = tiers.get(i).upTo();
            String field = "tiers[" + i + "].up_to";
            if (i == last) {
                violations.require(upTo == null, field,
                        "must be empty on the last tier, which covers all usage above the others");
            } else if (upTo == null) {
                violations.add(field, "is required on every tier but the last");
            } else {
                violations.require(previous == null || upTo.compareTo(previous) > 0, field,
                        "must be greater than the previous tier's up_to");
                previous = upTo;
            }
        }
    }
}
