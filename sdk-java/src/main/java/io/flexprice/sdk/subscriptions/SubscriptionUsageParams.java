package io.flexprice.sdk.subscriptions;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.GetUsageBySubscriptionRequest}: the current period up to now unless {@code startTime}
 * and {@code endTime} say otherwise.
 *
 * @param subscriptionId the subscription
 * @param startTime from
 * @param endTime until (exclusive)
 * @param lifetimeUsage FlexPrice's usage since the start (this server refuses it)
 */
public record SubscriptionUsageParams(String subscriptionId, Instant startTime, Instant endTime,
                                      Boolean lifetimeUsage) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subscriptionId = subscriptionId;
        builder.startTime = startTime;
        builder.endTime = endTime;
        builder.lifetimeUsage = lifetimeUsage;
        return builder;
    }

    /** Builds a {@link SubscriptionUsageParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String subscriptionId;
        private Instant startTime;
        private Instant endTime;
        private Boolean lifetimeUsage;

        private Builder() {
        }

        /** The subscription. */
        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        /** From. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Until (exclusive). */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** FlexPrice's usage since the start (this server refuses it). */
        public Builder lifetimeUsage(Boolean lifetimeUsage) {
            this.lifetimeUsage = lifetimeUsage;
            return this;
        }

        public SubscriptionUsageParams build() {
            return new SubscriptionUsageParams(subscriptionId, startTime, endTime, lifetimeUsage);
        }
    }
}
