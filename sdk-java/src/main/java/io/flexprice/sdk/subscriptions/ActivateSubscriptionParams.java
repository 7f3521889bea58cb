package io.flexprice.sdk.subscriptions;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.ActivateDraftSubscriptionRequest}.
 *
 * @param startDate when the subscription starts
 */
public record ActivateSubscriptionParams(Instant startDate) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.startDate = startDate;
        return builder;
    }

    /** Builds a {@link ActivateSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Instant startDate;

        private Builder() {
        }

        /** When the subscription starts. */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        public ActivateSubscriptionParams build() {
            return new ActivateSubscriptionParams(startDate);
        }
    }
}
