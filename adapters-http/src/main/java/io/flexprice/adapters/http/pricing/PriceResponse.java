package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceTier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PriceResponse}: amounts as decimal strings exactly as stored (a tiered price's
 * {@code amount} is {@code "0"}), the currency in lower case, {@code up_to} and {@code divide_by} numbers,
 * {@code start_date} always, {@code end_date} and {@code parent_price_id} on versioned prices. {@code plan_id}
 * repeats {@code entity_id} for the prices of a plan.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PriceResponse(String id, String amount, String currency, String displayName, String entityType,
                            String entityId, String planId, String type, String billingModel,
                            String billingCadence, String billingPeriod, int billingPeriodCount,
                            String invoiceCadence, String tierMode, List<Tier> tiers, TransformQuantity transformQuantity,
                            String meterId, String lookupKey, String description, String minQuantity,
                            String priceUnitType, Instant startDate, Instant endDate, String parentPriceId,
                            Map<String, String> metadata, String status, String tenantId,
                            String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                            String updatedBy) {

    public static PriceResponse from(ListedPrice price) {
        Price terms = price.terms();
        return new PriceResponse(price.id().value(),
                terms.amount() == null ? "0" : Decimals.format(terms.amount()),
                terms.currency().getCurrencyCode().toLowerCase(Locale.ROOT), price.displayName(),
                price.entityType().name(), price.entityId(),
                price.entityType() == PriceEntityType.PLAN ? price.entityId() : null, terms.type().name(),
                terms.billingModel().name(), terms.billingCadence().name(),
                terms.billingPeriod() == null ? null : terms.billingPeriod().name(), terms.billingPeriodCount(),
                terms.invoiceCadence().name(), terms.tierMode() == null ? null : terms.tierMode().name(),
                terms.tiers().isEmpty() ? null : terms.tiers().stream().map(Tier::from).toList(),
                terms.transformQuantity() == null ? null : new TransformQuantity(terms.transformQuantity().divideBy(),
                        terms.transformQuantity().round().wireValue()),
                price.meterId() == null ? null : price.meterId().value(), price.lookupKey(), price.description(),
                Decimals.format(terms.minQuantity()), "FIAT", price.startDate(), price.endDate(),
                price.parentPriceId() == null ? null : price.parentPriceId().value(), price.metadata().values(),
                price.status().wireValue(),
                price.scope().tenantId().value(), price.scope().environmentId().value(), price.audit().createdAt(),
                price.audit().createdBy(), price.audit().updatedAt(), price.audit().updatedBy());
    }

    /** FlexPrice's {@code price.PriceTier}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Tier(BigDecimal upTo, String unitAmount, String flatAmount) {

        static Tier from(PriceTier tier) {
            return new Tier(tier.upTo(), Decimals.format(tier.unitAmount()), Decimals.format(tier.flatAmount()));
        }
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TransformQuantity(BigDecimal divideBy, String round) {
    }
}
