package io.flexprice.domain.subscription;

import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * FlexPrice's {@code override_line_items} entry: for one subscription only, a plan price with another amount,
 * quantity, billing model, tiers or package size. Null fields keep the price's own; the result must be a
 * valid {@link Price}.
 */
public record PriceOverride(PriceId priceId, BigDecimal amount, BigDecimal quantity, BillingModel billingModel,
                            TierMode tierMode, List<PriceTier> tiers, TransformQuantity transformQuantity) {

    public PriceOverride {
        Objects.requireNonNull(priceId, "priceId");
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    /** Whether the override changes the price's terms (and not only the quantity). */
    public boolean changesTerms() {
        return amount != null || billingModel != null || tierMode != null || tiers != null
                || transformQuantity != null;
    }

    /**
     * The price's terms with this override applied. A model left unchanged keeps its options; a model changed
     * takes only the options given with it.
     *
     * @throws io.flexprice.domain.common.ValidationException if the result is not a valid price
     */
    public Price applyTo(Price terms) {
        if (!changesTerms()) {
            return terms;
        }
        BillingModel model = billingModel != null ? billingModel : terms.billingModel();
        boolean same = model == terms.billingModel();
        boolean tiered = model == BillingModel.TIERED;
        BigDecimal newAmount = amount != null ? amount : same && !tiered ? terms.amount() : null;
        TierMode newMode = tierMode != null ? tierMode : same && tiered ? terms.tierMode() : null;
        List<PriceTier> newTiers = tiers != null ? tiers : same && tiered ? terms.tiers() : null;
        TransformQuantity newTransform = transformQuantity != null ? transformQuantity
                : same && model == BillingModel.PACKAGE ? terms.transformQuantity() : null;
        return new Price(terms.type(), model, terms.currency(), newAmount, newMode, newTiers, newTransform,
                terms.billingCadence(), terms.billingPeriod(), terms.billingPeriodCount(), terms.invoiceCadence(),
                terms.minQuantity());
    }
}
