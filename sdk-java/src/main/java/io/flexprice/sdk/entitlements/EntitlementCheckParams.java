package io.flexprice.sdk.entitlements;


/**
 * The query of {@code GET /v1/entitlements/check}: the customer by id or by your id, the feature by id or by lookup
 * key.
 *
 * @param customerId the customer
 * @param externalCustomerId or the customer by your id
 * @param featureId the feature
 * @param featureLookupKey or the feature by lookup key
 */
public record EntitlementCheckParams(String customerId, String externalCustomerId, String featureId,
                                     String featureLookupKey) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customerId(customerId);
        b.externalCustomerId(externalCustomerId);
        b.featureId(featureId);
        b.featureLookupKey(featureLookupKey);
        return b;
    }

    /** Builds a {@link EntitlementCheckParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String customerId;
        private String externalCustomerId;
        private String featureId;
        private String featureLookupKey;

        private Builder() {
        }

        /** The customer. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Or the customer by your id. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The feature. */
        public Builder featureId(String featureId) {
            this.featureId = featureId;
            return this;
        }

        /** Or the feature by lookup key. */
        public Builder featureLookupKey(String featureLookupKey) {
            this.featureLookupKey = featureLookupKey;
            return this;
        }

        public EntitlementCheckParams build() {
            return new EntitlementCheckParams(customerId, externalCustomerId, featureId, featureLookupKey);
        }
    }
}
