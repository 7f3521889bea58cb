package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FlexPrice's {@code dto.CreatePriceRequest}. Amounts are decimal strings; {@code up_to} and
 * {@code divide_by} numbers. {@code price_unit_type} FIAT is the only one served; {@code start_date},
 * {@code end_date}, {@code trial_period}, {@code group_id}, {@code filter_values} and
 * {@code price_unit_config} are accepted and ignored. Inside a plan, {@code entity_type} and
 * {@code entity_id} may be left out: they name the new plan.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatePriceRequest(String amount, String billingCadence, String billingModel, String billingPeriod,
                                 Integer billingPeriodCount, String currency, String description, String displayName,
                                 String entityId, String entityType, String invoiceCadence, String lookupKey,
                                 Map<String, String> metadata, String meterId, String minQuantity, String tierMode,
                                 List<TierRequest> tiers, TransformQuantityRequest transformQuantity, String type,
                                 String priceUnitType) {

    public CreatePriceCommand toCommand() {
        WireParser wire = new WireParser();
        CreatePriceCommand command = toCommand(wire, "");
        wire.throwIfInvalid();
        return command;
    }

    /** The command, with every violation recorded under {@code prefix} ({@code items[0].}, {@code prices[1].}). */
    public CreatePriceCommand toCommand(WireParser wire, String prefix) {
        boolean[] valid = {true};
        PriceType priceType = wireEnum(wire, prefix, type, PriceType::fromWire, valid);
        BillingModel model = wireEnum(wire, prefix, billingModel, BillingModel::fromWire, valid);
        BillingCadence cadence = wireEnum(wire, prefix, billingCadence, BillingCadence::fromWire, valid);
        BillingPeriod period = wireEnum(wire, prefix, billingPeriod, BillingPeriod::fromWire, valid);
        InvoiceCadence invoicing = wireEnum(wire, prefix, invoiceCadence, InvoiceCadence::fromWire, valid);
        TierMode mode = wireEnum(wire, prefix, tierMode, TierMode::fromWire, valid);
        PriceEntityType entity = wireEnum(wire, prefix, entityType, PriceEntityType::fromWire, valid);
        Currency unit = currency == null || currency.isBlank() ? null
                : parsed(wire, prefix, () -> Money.parseCurrency(currency, "currency"), valid);
        BigDecimal amountValue = Decimals.parse(wire, amount, prefix + "amount", valid);
        BigDecimal minQuantityValue = Decimals.parse(wire, minQuantity, prefix + "min_quantity", valid);
        List<PriceTier> priceTiers = new ArrayList<>();
        if (tiers != null) {
            for (int i = 0; i < tiers.size(); i++) {
                TierRequest tier = tiers.get(i);
                PriceTier parsedTier = tier == null ? null : tier.toTier(wire, prefix + "tiers[" + i + "].");
                if (parsedTier == null) {
                    valid[0] = false;
                    if (tier == null) {
                        wire.add(prefix + "tiers[" + i + "]", "is required");
                    }
                }
                priceTiers.add(parsedTier);
            }
        }
        TransformQuantity transform = transformQuantity == null ? null : parsed(wire, prefix, () ->
                new TransformQuantity(transformQuantity.divideBy(), transformQuantity.round() == null ? null
                        : RoundType.fromWire(transformQuantity.round())), valid);
        if (priceUnitType != null && !priceUnitType.isBlank() && !"FIAT".equalsIgnoreCase(priceUnitType)) {
            wire.add(prefix + "price_unit_type", "must be FIAT; custom price units are not supported");
        }
        // with a part already invalid, the terms are not built: the parts' errors are the ones to fix first
        Price terms = !valid[0] ? null : wire.parse(prefix, () -> new Price(priceType, model, unit,
                amountValue != null && amountValue.signum() == 0 && model == BillingModel.TIERED ? null : amountValue,
                mode, priceTiers, transform, cadence, period,
                billingPeriodCount == null ? 1 : billingPeriodCount, invoicing, minQuantityValue));
        return new CreatePriceCommand(entity, entityId, lookupKey, meterId, displayName, description, metadata, terms);
    }

    private static <E> E wireEnum(WireParser wire, String prefix, String text, Function<String, E> fromWire,
                                  boolean[] valid) {
        return text == null || text.isBlank() ? null : parsed(wire, prefix, () -> fromWire.apply(text.trim()), valid);
    }

    private static <T> T parsed(WireParser wire, String prefix, java.util.function.Supplier<T> parser,
                                boolean[] valid) {
        T value = wire.parse(prefix, parser);
        if (value == null) {
            valid[0] = false;
        }
        return value;
    }
}
