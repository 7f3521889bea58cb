package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.ports.in.subscription.LineItemNames;
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
                                           String meterId, String meterDisplayName, String displayName, String quantity, String currency,
                                           String billingPeriod, int billingPeriodCount, String invoiceCadence,
                                           String billingCadence, String billingModel, String tierMode,
                                           String amount, Instant startDate, Instant endDate,
                                           Map<String, String> metadata, String status, String tenantId,
                                           String environmentId, Instant createdAt, String createdBy,
                                           Instant updatedAt, String updatedBy) {

    public static SubscriptionLineItemResponse from(Subscription subscription, SubscriptionLineItem line,
                                                    LineItemNames names) {
        return from(subscription, line, names, line.endDate(), "published");
    }

    /**
     * A line a delete took off the subscription before it started: {@code end_date} is its {@code start_date} (it
     * is never in force) and {@code status} is {@code deleted}; the subscription no longer lists it.
     */
    public static SubscriptionLineItemResponse removed(Subscription subscription, SubscriptionLineItem line,
                                                       LineItemNames names) {
        return from(subscription, line, names, line.startDate(), "deleted");
    }

    private static SubscriptionLineItemResponse from(Subscription subscription, SubscriptionLineItem line,
                                                     LineItemNames names, Instant endDate, String status) {
        Price terms = line.terms();
        return new SubscriptionLineItemResponse(line.id().value(), subscription.id().value(),
                subscription.customerId().value(), line.entityType().wireValue(), line.entityId(), names.planDisplayName(line),
                line.priceId().value(), terms.type().name(), line.meterId() == null ? null : line.meterId().value(),
                names.meterDisplayName(line),
                line.displayName(), Decimals.format(line.quantity()),
                terms.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                terms.billingPeriod() == null ? null : terms.billingPeriod().name(), terms.billingPeriodCount(),
                terms.invoiceCadence().name(), terms.billingCadence().name(), terms.billingModel().name(),
                terms.tierMode() == null ? null : terms.tierMode().name(),
                terms.amount() == null ? "0" : Decimals.format(terms.amount()), line.startDate(), endDate,
                line.metadata().values(), status,
                subscription.scope().tenantId().value(), subscription.scope().environmentId().value(),
                line.audit().createdAt(), line.audit().createdBy(), line.audit().updatedAt(),
                line.audit().updatedBy());
    }
}
