package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.prices.TierMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionLineItemResponse}: one price a subscription charges, from {@code startDate}
 * until {@code endDate}. {@code billingCadence}, {@code billingModel}, {@code tierMode} and {@code amount} are
 * extensions of this server: the charged price's terms, with the subscription's overrides applied.
 *
 * @param id the line item's id
 * @param subscriptionId the subscription
 * @param customerId the customer
 * @param entityType where it comes from: plan, addon or subscription
 * @param entityId the id of where it comes from
 * @param planDisplayName the plan's name
 * @param priceId the price charged
 * @param priceType fixed or usage
 * @param meterId the meter of a usage price
 * @param meterDisplayName the meter's name
 * @param displayName display name
 * @param quantity the quantity of a fixed price (seats)
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param billingPeriod the period it is charged per
 * @param billingPeriodCount how many periods one charge covers
 * @param invoiceCadence invoiced in advance or in arrear
 * @param billingCadence recurring or one time (extension)
 * @param billingModel flat fee, package or tiered (extension)
 * @param tierMode volume or slab (extension)
 * @param amount the amount charged per unit, package or period (extension)
 * @param startDate from when it charges
 * @param endDate from when it no longer charges, or null
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record SubscriptionLineItem(String id, String subscriptionId, String customerId,
                                   SubscriptionLineItemEntityType entityType, String entityId, String planDisplayName,
                                   String priceId, PriceType priceType, String meterId, String meterDisplayName,
                                   String displayName, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                                   String currency, BillingPeriod billingPeriod, Integer billingPeriodCount,
                                   InvoiceCadence invoiceCadence, BillingCadence billingCadence,
                                   BillingModel billingModel, TierMode tierMode,
                                   @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, Instant startDate,
                                   Instant endDate, Map<String, String> metadata, Status status, String tenantId,
                                   String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                                   String updatedBy) {

    public SubscriptionLineItem {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
