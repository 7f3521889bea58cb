package io.flexprice.sdk.subscriptions;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.DeleteSubscriptionLineItemRequest}.
 *
 * @param effectiveFrom when the line item stops charging (default now)
 */
public record DeleteSubscriptionLineItemParams(Instant effectiveFrom) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.effectiveFrom = effectiveFrom;
        return builder;
    }

    /** Builds a {@link DeleteSubscriptionLineItemParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Instant effectiveFrom;

        private Builder() {
        }

        /** When the line item stops charging (default now). */
        public Builder effectiveFrom(Instant effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public DeleteSubscriptionLineItemParams build() {
            return new DeleteSubscriptionLineItemParams(effectiveFrom);
        }
    }
}
