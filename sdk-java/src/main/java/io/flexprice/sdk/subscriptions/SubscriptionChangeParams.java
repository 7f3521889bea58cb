package io.flexprice.sdk.subscriptions;

import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingPeriod;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionChangeRequest}, to preview or execute a change of plan. FlexPrice requires
 * the billing fields; this server keeps the subscription's where they are unset. {@code changeAt} unset: now for
 * an upgrade, at the period end for a downgrade.
 *
 * @param targetPlanId the new plan
 * @param billingCadence {@code RECURRING}
 * @param billingCycle anniversary or calendar
 * @param billingPeriod the period
 * @param billingPeriodCount how many periods one billing period spans
 * @param changeAt now, or at the end of the period
 * @param prorationBehavior whether the change prorates
 * @param metadata your key/value pairs
 */
public record SubscriptionChangeParams(String targetPlanId, BillingCadence billingCadence, BillingCycle billingCycle,
                                       BillingPeriod billingPeriod, Integer billingPeriodCount, ScheduleType changeAt,
                                       ProrationBehavior prorationBehavior, Map<String, String> metadata) {

    public SubscriptionChangeParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.targetPlanId = targetPlanId;
        builder.billingCadence = billingCadence;
        builder.billingCycle = billingCycle;
        builder.billingPeriod = billingPeriod;
        builder.billingPeriodCount = billingPeriodCount;
        builder.changeAt = changeAt;
        builder.prorationBehavior = prorationBehavior;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link SubscriptionChangeParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String targetPlanId;
        private BillingCadence billingCadence;
        private BillingCycle billingCycle;
        private BillingPeriod billingPeriod;
        private Integer billingPeriodCount;
        private ScheduleType changeAt;
        private ProrationBehavior prorationBehavior;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The new plan. */
        public Builder targetPlanId(String targetPlanId) {
            this.targetPlanId = targetPlanId;
            return this;
        }

        /** {@code RECURRING}. */
        public Builder billingCadence(BillingCadence billingCadence) {
            this.billingCadence = billingCadence;
            return this;
        }

        /** Anniversary or calendar. */
        public Builder billingCycle(BillingCycle billingCycle) {
            this.billingCycle = billingCycle;
            return this;
        }

        /** The period. */
        public Builder billingPeriod(BillingPeriod billingPeriod) {
            this.billingPeriod = billingPeriod;
            return this;
        }

        /** How many periods one billing period spans. */
        public Builder billingPeriodCount(Integer billingPeriodCount) {
            this.billingPeriodCount = billingPeriodCount;
            return this;
        }

        /** Now, or at the end of the period. */
        public Builder changeAt(ScheduleType changeAt) {
            this.changeAt = changeAt;
            return this;
        }

        /** Whether the change prorates. */
        public Builder prorationBehavior(ProrationBehavior prorationBehavior) {
            this.prorationBehavior = prorationBehavior;
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

        public SubscriptionChangeParams build() {
            return new SubscriptionChangeParams(targetPlanId, billingCadence, billingCycle, billingPeriod,
                    billingPeriodCount, changeAt, prorationBehavior, metadata);
        }
    }
}
