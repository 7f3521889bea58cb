package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PriceResponse}. Amounts are exact decimals, as the server stores them. A change of a
 * price's terms ends it at {@code endDate} and starts a new version there, whose {@code parentPriceId} names it.
 *
 * @param id the price's id
 * @param type fixed or usage
 * @param billingModel flat fee, package or tiered
 * @param amount the amount (per unit, per package, or the fee) ({@code 0} for a tiered price)
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param billingCadence recurring or one time
 * @param billingPeriod the period of a recurring price
 * @param billingPeriodCount how many periods one charge covers
 * @param invoiceCadence invoiced in advance or in arrear
 * @param tierMode volume or slab, for tiered prices
 * @param tiers the tiers of a tiered price
 * @param transformQuantity the package of a package price
 * @param meterId the meter of a usage price
 * @param entityType what the price belongs to
 * @param entityId the id of what it belongs to
 * @param lookupKey your unique key for the price
 * @param displayName display name
 * @param description description
 * @param minQuantity the least quantity charged
 * @param metadata your key/value pairs
 * @param planId the plan, for a plan's price
 * @param priceUnitType fiat or custom
 * @param startDate from when the price is in effect
 * @param endDate from when it is no longer in effect (a later version starts there), or null
 * @param parentPriceId the price this one is a later version of, or null
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Price(String id, PriceType type, BillingModel billingModel,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                    BillingCadence billingCadence, BillingPeriod billingPeriod, Integer billingPeriodCount,
                    InvoiceCadence invoiceCadence, TierMode tierMode, List<PriceTier> tiers,
                    TransformQuantity transformQuantity, String meterId, PriceEntityType entityType, String entityId,
                    String lookupKey, String displayName, String description,
                    @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minQuantity, Map<String, String> metadata,
                    String planId, PriceUnitType priceUnitType, Instant startDate, Instant endDate,
                    String parentPriceId, Status status, String tenantId, String environmentId, Instant createdAt,
                    String createdBy, Instant updatedAt, String updatedBy) {

    public Price {
        tiers = tiers == null ? null : List.copyOf(tiers);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
