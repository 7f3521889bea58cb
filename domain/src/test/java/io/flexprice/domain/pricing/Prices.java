package io.flexprice.domain.pricing;

import io.flexprice.domain.money.Monies;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * Test fixture: a valid monthly USD usage price billed in arrear, by default a flat fee of 1.00 per unit.
 * {@code aPrice().packageOf("5.00", "100", RoundType.UP).build()},
 * {@code aPrice().tiered(TierMode.SLAB, tier("100", "0.10", "5"), tier(null, "0.05", null)).build()}.
 */
public final class Prices {

    private PriceType type = PriceType.USAGE;
    private BillingModel billingModel = BillingModel.FLAT_FEE;
    private Currency currency = Monies.USD;
    private BigDecimal amount = new BigDecimal("1.00");
    private TierMode tierMode;
    private List<PriceTier> tiers;
    private TransformQuantity transformQuantity;
    private BillingCadence billingCadence = BillingCadence.RECURRING;
    private BillingPeriod billingPeriod = BillingPeriod.MONTHLY;
    private int billingPeriodCount = 1;
    private InvoiceCadence invoiceCadence = InvoiceCadence.ARREAR;
    private BigDecimal minQuantity;

    private Prices() {
    }

    public static Prices aPrice() {
        return new Prices();
    }

    /** A tier; {@code upTo} null for the last one, {@code flatAmount} null for none. */
    public static PriceTier tier(String upTo, String unitAmount, String flatAmount) {
        return new PriceTier(decimal(upTo), decimal(unitAmount), decimal(flatAmount));
    }

    public Prices flatFee(String amountPerUnit) {
        this.billingModel = BillingModel.FLAT_FEE;
        this.amount = decimal(amountPerUnit);
        return this;
    }

    public Prices packageOf(String amountPerPackage, String divideBy, RoundType round) {
        this.billingModel = BillingModel.PACKAGE;
        this.amount = decimal(amountPerPackage);
        this.transformQuantity = new TransformQuantity(decimal(divideBy), round);
        return this;
    }

    public Prices tiered(TierMode mode, PriceTier... priceTiers) {
        this.billingModel = BillingModel.TIERED;
        this.amount = null;
        this.tierMode = mode;
        this.tiers = Arrays.asList(priceTiers);
        return this;
    }

    public Prices type(PriceType value) {
        this.type = value;
        return this;
    }

    public Prices billingModel(BillingModel value) {
        this.billingModel = value;
        return this;
    }

    public Prices currency(Currency value) {
        this.currency = value;
        return this;
    }

    public Prices amount(String value) {
        this.amount = decimal(value);
        return this;
    }

    public Prices tierMode(TierMode value) {
        this.tierMode = value;
        return this;
    }

    public Prices tiers(PriceTier... value) {
        this.tiers = Arrays.asList(value);
        return this;
    }

    public Prices transformQuantity(TransformQuantity value) {
        this.transformQuantity = value;
        return this;
    }

    public Prices billingCadence(BillingCadence value) {
        this.billingCadence = value;
        return this;
    }

    public Prices billingPeriod(BillingPeriod value) {
        this.billingPeriod = value;
        return this;
    }

    public Prices billingPeriodCount(int value) {
        this.billingPeriodCount = value;
        return this;
    }

    public Prices invoiceCadence(InvoiceCadence value) {
        this.invoiceCadence = value;
        return this;
    }

    public Prices minQuantity(String value) {
        this.minQuantity = decimal(value);
        return this;
    }

    public Price build() {
        return new Price(type, billingModel, currency, amount, tierMode, tiers, transformQuantity, billingCadence,
                billingPeriod, billingPeriodCount, invoiceCadence, minQuantity);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
