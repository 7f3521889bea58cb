package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionLineItemResponse} / {@code subscription.SubscriptionLineItem}: the
 * snapshot of the price it charges. Extensions: {@code amount}, {@code billing_model}, {@code tier_mode} and
 * {@code billing_cadence} of the snapshot (with overrides applied).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionLineItemResponse(String id, String subscriptionId, String customerId, String entityType,
                                           String entityId, String planDisplayName, String priceId, String priceType,
                                           String meterId, String displayName, String quantity, String currency,
                                           String billingPeriod, int billingPeriodCount, String invoiceCadence,
                                           String billingCadence, String billingModel, String tierMode,
                                           String amount, Instant startDate, Instant endDate,
                                           Map<String, String> metadata, String status, String tenantId,
                                           String environmentId, Instant createdAt, String createdBy,
                                           Instant updatedAt, String updatedBy) {

    public static SubscriptionLineItemResponse from(Subscription subscription, SubscriptionLineItem line) {
        Price terms = line.terms();
        return new SubscriptionLineItemResponse(line.id().value(), subscription.id().value(),
                subscription.customerId().value(), line.entityType().wireValue(), line.entityId(), null,
                line.priceId().value(), terms.type().name(), line.meterId() == null ? null : line.meterId().value(),
                line.displayName(), Decimals.format(line.quantity()),
                terms.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                terms.billingPeriod() == null ? null : terms.billingPeriod().name(), terms.billingPeriodCount(),
                terms.invoiceCadence().name(), terms.billingCadence().name(), terms.billingModel().name(),
                terms.tierMode() == null ? null : terms.tierMode().name(),
                terms.amount() == null ? "0" : Decimals.format(terms.amount()), line.startDate(), line.endDate(),
                line.metadata().values(), "published",
                subscription.scope().tenantId().value(), subscription.scope().environmentId().value(),
                subscription.audit().createdAt(), subscription.audit().createdBy(), subscription.audit().updatedAt(),
                subscription.audit().updatedBy());
    }
}
