package io.flexprice.sdk.subscriptions;


/**
 * FlexPrice's {@code dto.RemoveAddonRequest}, sent in the body of the DELETE.
 *
 * @param addonAssociationId the association (required)
 * @param reason why
 */
public record RemoveSubscriptionAddonParams(String addonAssociationId, String reason) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.addonAssociationId(addonAssociationId);
        b.reason(reason);
        return b;
    }

    /** Builds a {@link RemoveSubscriptionAddonParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String addonAssociationId;
        private String reason;

        private Builder() {
        }

        /** The association (required). */
        public Builder addonAssociationId(String addonAssociationId) {
            this.addonAssociationId = addonAssociationId;
            return this;
        }

        /** Why. */
        public Builder reason(String reason) {
            this.reason = reason;
            return this;
        }

        public RemoveSubscriptionAddonParams build() {
            return new RemoveSubscriptionAddonParams(addonAssociationId, reason);
        }
    }
}
