package io.flexprice.sdk.entitlements;

import java.util.ArrayList;
import java.util.List;

/**
 * The query of {@code GET /v1/customers/usage}: the customer by id or by your id ({@code customer_lookup_key}); the
 * other filters narrow the features and subscriptions counted.
 *
 * @param customerId the customer
 * @param customerLookupKey or the customer by your id
 * @param featureIds only these features
 * @param featureLookupKeys only the features with these lookup keys
 * @param subscriptionIds only through these subscriptions
 */
public record CustomerUsageParams(String customerId, String customerLookupKey, List<String> featureIds,
                                  List<String> featureLookupKeys, List<String> subscriptionIds) {

    public CustomerUsageParams {
        featureIds = featureIds == null ? null : List.copyOf(featureIds);
        featureLookupKeys = featureLookupKeys == null ? null : List.copyOf(featureLookupKeys);
        subscriptionIds = subscriptionIds == null ? null : List.copyOf(subscriptionIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customerId(customerId);
        b.customerLookupKey(customerLookupKey);
        b.featureIds(featureIds);
        b.featureLookupKeys(featureLookupKeys);
        b.subscriptionIds(subscriptionIds);
        return b;
    }

    /** Builds a {@link CustomerUsageParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String customerId;
        private String customerLookupKey;
        private List<String> featureIds;
        private List<String> featureLookupKeys;
        private List<String> subscriptionIds;

        private Builder() {
        }

        /** The customer. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Or the customer by your id. */
        public Builder customerLookupKey(String customerLookupKey) {
            this.customerLookupKey = customerLookupKey;
            return this;
        }

        /** Only these features. */
        public Builder featureIds(List<String> featureIds) {
            this.featureIds = featureIds == null ? null : new ArrayList<>(featureIds);
            return this;
        }

        /** Adds one to featureIds. */
        public Builder addFeatureId(String value) {
            if (this.featureIds == null) {
                this.featureIds = new ArrayList<>();
            }
            this.featureIds.add(value);
            return this;
        }

        /** Only the features with these lookup keys. */
        public Builder featureLookupKeys(List<String> featureLookupKeys) {
            this.featureLookupKeys = featureLookupKeys == null ? null : new ArrayList<>(featureLookupKeys);
            return this;
        }

        /** Adds one to featureLookupKeys. */
        public Builder addFeatureLookupKey(String value) {
            if (this.featureLookupKeys == null) {
                this.featureLookupKeys = new ArrayList<>();
            }
            this.featureLookupKeys.add(value);
            return this;
        }

        /** Only through these subscriptions. */
        public Builder subscriptionIds(List<String> subscriptionIds) {
            this.subscriptionIds = subscriptionIds == null ? null : new ArrayList<>(subscriptionIds);
            return this;
        }

        /** Adds one to subscriptionIds. */
        public Builder addSubscriptionId(String value) {
            if (this.subscriptionIds == null) {
                this.subscriptionIds = new ArrayList<>();
            }
            this.subscriptionIds.add(value);
            return this;
        }

        public CustomerUsageParams build() {
            return new CustomerUsageParams(customerId, customerLookupKey, featureIds, featureLookupKeys,
                    subscriptionIds);
        }
    }
}
