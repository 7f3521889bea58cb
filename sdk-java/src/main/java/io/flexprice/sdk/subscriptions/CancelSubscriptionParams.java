package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * FlexPrice's {@code dto.CancelSubscriptionRequest} ({@code cancellationType} required); the invoice policy is
 * sent under FlexPrice's spelling {@code cancel_immediately_inovice_policy}.
 *
 * @param cancellationType now, or at the end of the period
 * @param prorationBehavior whether the unused part of the period is credited
 * @param reason why
 * @param cancelImmediatelyInvoicePolicy whether an immediate cancellation is invoiced at once (this server
 *        ignores it)
 */
public record CancelSubscriptionParams(CancellationType cancellationType, ProrationBehavior prorationBehavior,
                                       String reason,
                                       @JsonProperty("cancel_immediately_inovice_policy")
                                       CancelImmediatelyInvoicePolicy cancelImmediatelyInvoicePolicy) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cancellationType = cancellationType;
        builder.prorationBehavior = prorationBehavior;
        builder.reason = reason;
        builder.cancelImmediatelyInvoicePolicy = cancelImmediatelyInvoicePolicy;
        return builder;
    }

    /** Builds a {@link CancelSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private CancellationType cancellationType;
        private ProrationBehavior prorationBehavior;
        private String reason;
        private CancelImmediatelyInvoicePolicy cancelImmediatelyInvoicePolicy;

        private Builder() {
        }

        /** Now, or at the end of the period. */
        public Builder cancellationType(CancellationType cancellationType) {
            this.cancellationType = cancellationType;
            return this;
        }

        /** Whether the unused part of the period is credited. */
        public Builder prorationBehavior(ProrationBehavior prorationBehavior) {
            this.prorationBehavior = prorationBehavior;
            return this;
        }

        /** Why. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** Whether an immediate cancellation is invoiced at once (this server ignores it). */
        public Builder cancelImmediatelyInvoicePolicy(CancelImmediatelyInvoicePolicy cancelImmediatelyInvoicePolicy) {
            this.cancelImmediatelyInvoicePolicy = cancelImmediatelyInvoicePolicy;
            return this;
        }

        public CancelSubscriptionParams build() {
            return new CancelSubscriptionParams(cancellationType, prorationBehavior, reason,
                    cancelImmediatelyInvoicePolicy);
        }
    }
}
