package io.flexprice.domain.pricing;

import java.math.BigDecimal;
import java.util.List;

/**
 * The terms a price update changes (FlexPrice's "critical fields" of {@code UpdatePriceRequest}); null, and
 * an empty tier list, keep the current value. Applied to the current terms it gives the terms of the next
 * version: a field the target billing model uses comes from the change or else from the current terms; one
 * it does not use comes only from the change, where {@link Price} rejects it. So a FLAT_FEE price changed to
 * PACKAGE needs a {@code transform_quantity}, and tiers sent to a FLAT_FEE price are refused, not dropped.
 */
public record PriceTermsChange(BillingModel billingModel, BigDecimal amount, TierMode tierMode,
                               List<PriceTier> tiers, TransformQuantity transformQuantity) {

    public static final PriceTermsChange NONE = new PriceTermsChange(null, null, null, null, null);

    public PriceTermsChange {
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
    }

    public boolean isEmpty() {
        return billingModel == null && amount == null && tierMode == null && tiers.isEmpty()
                && transformQuantity == null;
    }

    /**
     * The current terms with this change applied.
     *
     * @throws io.flexprice.domain.common.ValidationException if the result is not a valid price
     */
    public Price applyTo(Price current) {
        BillingModel target = billingModel != null ? billingModel : current.billingModel();
        boolean tiered = target == BillingModel.TIERED;
        BigDecimal newAmount = amount != null ? amount : tiered ? null : current.amount();
        if (tiered && newAmount != null && newAmount.signum() == 0) {
            newAmount = null; // FlexPrice sends "0" as a tiered price's amount
        }
        return new Price(current.type(), target, current.currency(), newAmount,
                tierMode != null ? tierMode : tiered ? current.tierMode() : null,
                !tiers.isEmpty() ? tiers : tiered ? current.tiers() : List.of(),
                transformQuantity != null ? transformQuantity
                        : target == BillingModel.PACKAGE ? current.transformQuantity() : null,
                current.billingCadence(), current.billingPeriod(), current.billingPeriodCount(),
                current.invoiceCadence(), current.minQuantity());
    }
}
