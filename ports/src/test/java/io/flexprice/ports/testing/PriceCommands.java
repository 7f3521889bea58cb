package io.flexprice.ports.testing;

import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/** Test fixtures: price terms and create-price commands with sensible defaults. */
public final class PriceCommands {

    public static final Currency USD = Currency.getInstance("USD");

    private PriceCommands() {
    }

    /** A monthly FIXED flat fee of {@code amount} USD, billed in advance. */
    public static Price flatFee(String amount) {
        return new Price(PriceType.FIXED, BillingModel.FLAT_FEE, USD, new BigDecimal(amount), null, List.of(), null,
                BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null);
    }

    /** A monthly USAGE price: the first 1000 units at 0.01, the rest at 0.005 (slab). */
    public static Price tieredUsage() {
        return new Price(PriceType.USAGE, BillingModel.TIERED, USD, null, TierMode.SLAB,
                List.of(new PriceTier(new BigDecimal("1000"), new BigDecimal("0.01"), null),
                        new PriceTier(null, new BigDecimal("0.005"), null)),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
    }

    public static CreatePriceCommand fixedFor(String planId, String lookupKey) {
        return new CreatePriceCommand(PriceEntityType.PLAN, planId, lookupKey, null, "Platform fee", null,
                Map.of(), flatFee("49.00"));
    }

    /** A monthly 5.00 USD flat fee of an addon. */
    public static CreatePriceCommand fixedForAddon(String addonId, String lookupKey) {
        return new CreatePriceCommand(PriceEntityType.ADDON, addonId, lookupKey, null, "Extra seat", null, Map.of(),
                flatFee("5.00"));
    }

    public static CreatePriceCommand usageFor(String planId, String lookupKey, String meterId) {
        return new CreatePriceCommand(PriceEntityType.PLAN, planId, lookupKey, meterId, "Tokens", null, Map.of(),
                tieredUsage());
    }
}
