package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionResponse}: a subscription as it stands, with its line items and pauses.
 * {@code scheduledChange} is an extension of this server.
 *
 * @param id the subscription's id
 * @param customerId the customer
 * @param planId the plan
 * @param lookupKey your key
 * @param subscriptionStatus active, paused, cancelled, draft, ...
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param billingAnchor the instant the periods are laid from
 * @param billingCadence recurring
 * @param billingCycle anniversary or calendar
 * @param billingPeriod the period
 * @param billingPeriodCount how many periods one billing period spans
 * @param customerTimezone the zone periods are laid in
 * @param startDate when it started
 * @param endDate when it ends, or null
 * @param trialStart the trial's start
 * @param trialEnd the trial's end
 * @param currentPeriodStart the current period's start
 * @param currentPeriodEnd the current period's end (exclusive)
 * @param cancelAtPeriodEnd whether it ends at the current period's end
 * @param cancelAt when it is scheduled to be cancelled
 * @param cancelledAt when it was cancelled
 * @param commitmentAmount the least usage charged per period
 * @param overageFactor the factor on usage above the commitment
 * @param enableTrueUp whether usage below the commitment is charged up to it
 * @param prorationBehavior whether changes prorate
 * @param pauseStatus whether it is paused
 * @param activePauseId the pause in force or scheduled
 * @param pauses its pauses
 * @param lineItems its line items, past, present and scheduled
 * @param scheduledChange a plan change waiting for the period end (extension)
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Subscription(String id, String customerId, String planId, String lookupKey,
                           SubscriptionStatus subscriptionStatus, String currency, Instant billingAnchor,
                           BillingCadence billingCadence, BillingCycle billingCycle, BillingPeriod billingPeriod,
                           Integer billingPeriodCount, String customerTimezone, Instant startDate, Instant endDate,
                           Instant trialStart, Instant trialEnd, Instant currentPeriodStart, Instant currentPeriodEnd,
                           Boolean cancelAtPeriodEnd, Instant cancelAt, Instant cancelledAt,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commitmentAmount,
                           @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overageFactor, Boolean enableTrueUp,
                           ProrationBehavior prorationBehavior, PauseStatus pauseStatus, String activePauseId,
                           List<SubscriptionPause> pauses, List<SubscriptionLineItem> lineItems,
                           ScheduledChange scheduledChange, Map<String, String> metadata, Status status,
                           String tenantId, String environmentId, Instant createdAt, String createdBy,
                           Instant updatedAt, String updatedBy) {

    public Subscription {
        pauses = pauses == null ? null : List.copyOf(pauses);
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
