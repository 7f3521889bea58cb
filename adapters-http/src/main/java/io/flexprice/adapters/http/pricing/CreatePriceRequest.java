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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * FlexPrice's {@code dto.CreatePriceRequest}. Amounts are decimal strings; {@code up_to} and
 * {@code divide_by} numbers. {@code price_unit_type} FIAT is the only one served; {@code start_date} (default:
 * the creation time) and {@code end_date} (default: none) are RFC 3339 timestamps bounding when the price is in
 * effect; {@code trial_period}, {@code group_id}, {@code filter_values} and {@code price_unit_config} are
 * accepted and ignored. Inside a plan or an addon, {@code entity_type} and {@code entity_id} may be left out:
 * they name the new plan or addon.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreatePriceRequest(String amount, String billingCadence, String billingModel, String billingPeriod,
                                 Integer billingPeriodCount, String currency, String description, String displayName,
                                 String entityId, String entityType, String invoiceCadence, String lookupKey,
                                 Map<String, String> metadata, String meterId, String minQuantity, String tierMode,
                                 List<TierRequest> tiers, TransformQuantityRequest transformQuantity, String type,
                                 String priceUnitType, String startDate, String endDate) {

    public CreatePriceCommand toCommand() {
        WireParser wire = new WireParser();
        CreatePriceCommand command = toCommand(wire, "");
        wire.throwIfInvalid();
        return command;
    }

    /** The command, with every violation recorded under {@code prefix} ({@code items[0].}, {@code prices[1].}). */
    public CreatePriceCommand toCommand(WireParser wire, String prefix) {
        int before = wire.violationCount();
        PriceType priceType = wireEnum(wire, prefix, type, PriceType::fromWire);
        BillingModel model = wireEnum(wire, prefix, billingModel, BillingModel::fromWire);
        BillingCadence cadence = wireEnum(wire, prefix, billingCadence, BillingCadence::fromWire);
        BillingPeriod period = wireEnum(wire, prefix, billingPeriod, BillingPeriod::fromWire);
        InvoiceCadence invoicing = wireEnum(wire, prefix, invoiceCadence, InvoiceCadence::fromWire);
        TierMode mode = wireEnum(wire, prefix, tierMode, TierMode::fromWire);
        PriceEntityType entity = wireEnum(wire, prefix, entityType, PriceEntityType::fromWire);
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(prefix, () -> Money.parseCurrency(currency, "currency"));
        BigDecimal amountValue = Decimals.parse(wire, amount, prefix + "amount");
        BigDecimal minQuantityValue = Decimals.parse(wire, minQuantity, prefix + "min_quantity");
        List<PriceTier> priceTiers = tiers(wire, tiers, prefix);
        TransformQuantity transform = transform(wire, transformQuantity, prefix);
        Instant start = wire.instant(startDate, prefix + "start_date");
        Instant end = wire.instant(endDate, prefix + "end_date");
        // with a part already invalid, the terms are not built: the parts' errors are the ones to fix first
        boolean partsValid = wire.violationCount() == before;
        if (priceUnitType != null && !priceUnitType.isBlank() && !"FIAT".equalsIgnoreCase(priceUnitType)) {
            wire.add(prefix + "price_unit_type", "must be FIAT; custom price units are not supported");
        }
        Price terms = !partsValid ? null : wire.parse(prefix, () -> new Price(priceType, model, unit,
                amountValue != null && amountValue.signum() == 0 && model == BillingModel.TIERED ? null : amountValue,
                mode, priceTiers, transform, cadence, period,
                billingPeriodCount == null ? 1 : billingPeriodCount, invoicing, minQuantityValue));
        return new CreatePriceCommand(entity, entityId, lookupKey, meterId, displayName, description, metadata, terms,
                start, end);
    }

    /** The tiers, each invalid one recorded under {@code prefix} ({@code tiers[1].unit_amount}); null ones too. */
    static List<PriceTier> tiers(WireParser wire, List<TierRequest> tiers, String prefix) {
        List<PriceTier> priceTiers = new ArrayList<>();
        if (tiers != null) {
            for (int i = 0; i < tiers.size(); i++) {
                TierRequest tier = tiers.get(i);
                if (tier == null) {
                    wire.add(prefix + "tiers[" + i + "]", "is required");
                }
                priceTiers.add(tier == null ? null : tier.toTier(wire, prefix + "tiers[" + i + "]."));
            }
        }
        return priceTiers;
    }

    static TransformQuantity transform(WireParser wire, TransformQuantityRequest request, String prefix) {
        return request == null ? null : wire.parse(prefix, () -> new TransformQuantity(request.divideBy(),
                request.round() == null ? null : RoundType.fromWire(request.round())));
    }

    static <E> E wireEnum(WireParser wire, String prefix, String text, Function<String, E> fromWire) {
        return text == null || text.isBlank() ? null : wire.parse(prefix, () -> fromWire.apply(text.trim()));
    }
}
