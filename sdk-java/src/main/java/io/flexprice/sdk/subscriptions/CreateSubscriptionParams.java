package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingPeriod;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateSubscriptionRequest}, for {@code POST /v1/subscriptions}: the customer (by
 * {@code customerId} or {@code externalCustomerId}), the plan, the currency and the billing period are required.
 * The plan's prices in the currency become the line items, changed by {@code overrideLineItems}; {@code lineItems}
 * adds further prices. Amounts travel as decimal strings.
 *
 * @param customerId the customer
 * @param externalCustomerId the customer by your id, instead of {@code customerId}
 * @param planId the plan
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param billingCadence {@code RECURRING}
 * @param billingCycle anniversary (the default) or calendar
 * @param billingPeriod the period
 * @param billingPeriodCount how many periods one billing period spans (default 1)
 * @param customerTimezone the zone periods are laid in, e.g. {@code Europe/Berlin}
 * @param startDate when it starts (default now)
 * @param endDate when it ends
 * @param trialStart the trial's start
 * @param trialEnd the trial's end
 * @param commitmentAmount the least usage charged per period
 * @param overageFactor the factor on usage above the commitment
 * @param enableTrueUp whether usage below the commitment is charged up to it
 * @param prorationBehavior whether changes prorate
 * @param subscriptionStatus {@code draft}, or {@code active} (the default)
 * @param lookupKey your key
 * @param metadata your key/value pairs
 * @param overrideLineItems plan prices changed for this subscription
 * @param lineItems further prices to charge
 */
public record CreateSubscriptionParams(String customerId, String externalCustomerId, String planId, String currency,
                                       BillingCadence billingCadence, BillingCycle billingCycle,
                                       BillingPeriod billingPeriod, Integer billingPeriodCount, String customerTimezone,
                                       Instant startDate, Instant endDate, Instant trialStart, Instant trialEnd,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal commitmentAmount,
                                       @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal overageFactor,
                                       Boolean enableTrueUp, ProrationBehavior prorationBehavior,
                                       SubscriptionStatus subscriptionStatus, String lookupKey,
                                       Map<String, String> metadata, List<OverrideLineItemParams> overrideLineItems,
                                       List<CreateSubscriptionLineItemParams> lineItems) {

    public CreateSubscriptionParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        overrideLineItems = overrideLineItems == null ? null : List.copyOf(overrideLineItems);
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.customerId = customerId;
        builder.externalCustomerId = externalCustomerId;
        builder.planId = planId;
        builder.currency = currency;
        builder.billingCadence = billingCadence;
        builder.billingCycle = billingCycle;
        builder.billingPeriod = billingPeriod;
        builder.billingPeriodCount = billingPeriodCount;
        builder.customerTimezone = customerTimezone;
        builder.startDate = startDate;
        builder.endDate = endDate;
        builder.trialStart = trialStart;
        builder.trialEnd = trialEnd;
        builder.commitmentAmount = commitmentAmount;
        builder.overageFactor = overageFactor;
        builder.enableTrueUp = enableTrueUp;
        builder.prorationBehavior = prorationBehavior;
        builder.subscriptionStatus = subscriptionStatus;
        builder.lookupKey = lookupKey;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.overrideLineItems = overrideLineItems == null ? null : new ArrayList<>(overrideLineItems);
        builder.lineItems = lineItems == null ? null : new ArrayList<>(lineItems);
        return builder;
    }

    /** Builds a {@link CreateSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String customerId;
        private String externalCustomerId;
        private String planId;
        private String currency;
        private BillingCadence billingCadence;
        private BillingCycle billingCycle;
        private BillingPeriod billingPeriod;
        private Integer billingPeriodCount;
        private String customerTimezone;
        private Instant startDate;
        private Instant endDate;
        private Instant trialStart;
        private Instant trialEnd;
        private BigDecimal commitmentAmount;
        private BigDecimal overageFactor;
        private Boolean enableTrueUp;
        private ProrationBehavior prorationBehavior;
        private SubscriptionStatus subscriptionStatus;
        private String lookupKey;
        private Map<String, String> metadata;
        private List<OverrideLineItemParams> overrideLineItems;
        private List<CreateSubscriptionLineItemParams> lineItems;

        private Builder() {
        }

        /** The customer. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** The customer by your id, instead of {@code customerId}. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The plan. */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        /** ISO 4217 code, e.g. {@code usd}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** {@code RECURRING}. */
        public Builder billingCadence(BillingCadence billingCadence) {
            this.billingCadence = billingCadence;
            return this;
        }

        /** Anniversary (the default) or calendar. */
        public Builder billingCycle(BillingCycle billingCycle) {
            this.billingCycle = billingCycle;
            return this;
        }

        /** The period. */
        public Builder billingPeriod(BillingPeriod billingPeriod) {
            this.billingPeriod = billingPeriod;
            return this;
        }

        /** How many periods one billing period spans (default 1). */
        public Builder billingPeriodCount(Integer billingPeriodCount) {
            this.billingPeriodCount = billingPeriodCount;
            return this;
        }

        /** The zone periods are laid in, e.g. {@code Europe/Berlin}. */
        public Builder customerTimezone(String customerTimezone) {
            this.customerTimezone = customerTimezone;
            return this;
        }

        /** When it starts (default now). */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** When it ends. */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
            return this;
        }

        /** The trial's start. */
        public Builder trialStart(Instant trialStart) {
            this.trialStart = trialStart;
            return this;
        }

        /** The trial's end. */
        public Builder trialEnd(Instant trialEnd) {
            this.trialEnd = trialEnd;
            return this;
        }

        /** The least usage charged per period. */
        public Builder commitmentAmount(BigDecimal commitmentAmount) {
            this.commitmentAmount = commitmentAmount;
            return this;
        }

        /** The least usage charged per period, from its decimal text ({@code "12.34"}). */
        public Builder commitmentAmount(String commitmentAmount) {
            this.commitmentAmount = commitmentAmount == null ? null : new BigDecimal(commitmentAmount);
            return this;
        }

        /** The factor on usage above the commitment. */
        public Builder overageFactor(BigDecimal overageFactor) {
            this.overageFactor = overageFactor;
            return this;
        }

        /** The factor on usage above the commitment, from its decimal text ({@code "12.34"}). */
        public Builder overageFactor(String overageFactor) {
            this.overageFactor = overageFactor == null ? null : new BigDecimal(overageFactor);
            return this;
        }

        /** Whether usage below the commitment is charged up to it. */
        public Builder enableTrueUp(Boolean enableTrueUp) {
            this.enableTrueUp = enableTrueUp;
            return this;
        }

        /** Whether changes prorate. */
        public Builder prorationBehavior(ProrationBehavior prorationBehavior) {
            this.prorationBehavior = prorationBehavior;
            return this;
        }

        /** {@code draft}, or {@code active} (the default). */
        public Builder subscriptionStatus(SubscriptionStatus subscriptionStatus) {
            this.subscriptionStatus = subscriptionStatus;
            return this;
        }

        /** Your key. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Your key/value pairs. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Sets one entry of metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        /** Plan prices changed for this subscription. */
        public Builder overrideLineItems(List<OverrideLineItemParams> overrideLineItems) {
            this.overrideLineItems = overrideLineItems == null ? null : new ArrayList<>(overrideLineItems);
            return this;
        }

        /** Adds one to overrideLineItems. */
        public Builder addOverrideLineItem(OverrideLineItemParams overrideLineItem) {
            if (this.overrideLineItems == null) {
                this.overrideLineItems = new ArrayList<>();
            }
            this.overrideLineItems.add(overrideLineItem);
            return this;
        }

        /** Further prices to charge. */
        public Builder lineItems(List<CreateSubscriptionLineItemParams> lineItems) {
            this.lineItems = lineItems == null ? null : new ArrayList<>(lineItems);
            return this;
        }

        /** Adds one to lineItems. */
        public Builder addLineItem(CreateSubscriptionLineItemParams lineItem) {
            if (this.lineItems == null) {
                this.lineItems = new ArrayList<>();
            }
            this.lineItems.add(lineItem);
            return this;
        }

        public CreateSubscriptionParams build() {
            return new CreateSubscriptionParams(customerId, externalCustomerId, planId, currency, billingCadence,
                    billingCycle, billingPeriod, billingPeriodCount, customerTimezone, startDate, endDate, trialStart,
                    trialEnd, commitmentAmount, overageFactor, enableTrueUp, prorationBehavior, subscriptionStatus,
                    lookupKey, metadata, overrideLineItems, lineItems);
        }
    }
}
