package io.flexprice.sdk.customers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateCustomerRequest}: fields left unset keep their value.
 *
 * @param externalId your own id for the customer; events name the customer by it
 * @param name display name
 * @param email billing e-mail address
 * @param addressLine1 first address line
 * @param addressLine2 second address line
 * @param addressCity city
 * @param addressState state or region
 * @param addressPostalCode postal code
 * @param addressCountry country, ISO 3166-1 alpha-2
 * @param metadata your key/value pairs
 * @param parentCustomerId the parent customer's id, for a hierarchy
 * @param parentCustomerExternalId the parent customer's external id, instead of its id
 * @param timezone an IANA zone name ({@code Europe/Berlin}) for billing periods and usage windows (an extension of this server; FlexPrice ignores it)
 */
public record UpdateCustomerParams(String externalId, String name, String email, String addressLine1,
                                   String addressLine2, String addressCity, String addressState,
                                   String addressPostalCode, String addressCountry, Map<String, String> metadata,
                                   String parentCustomerId, String parentCustomerExternalId, String timezone) {

    public UpdateCustomerParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.externalId = externalId;
        builder.name = name;
        builder.email = email;
        builder.addressLine1 = addressLine1;
        builder.addressLine2 = addressLine2;
        builder.addressCity = addressCity;
        builder.addressState = addressState;
        builder.addressPostalCode = addressPostalCode;
        builder.addressCountry = addressCountry;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.parentCustomerId = parentCustomerId;
        builder.parentCustomerExternalId = parentCustomerExternalId;
        builder.timezone = timezone;
        return builder;
    }

    /** Builds a {@link UpdateCustomerParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String externalId;
        private String name;
        private String email;
        private String addressLine1;
        private String addressLine2;
        private String addressCity;
        private String addressState;
        private String addressPostalCode;
        private String addressCountry;
        private Map<String, String> metadata;
        private String parentCustomerId;
        private String parentCustomerExternalId;
        private String timezone;

        private Builder() {
        }

        /** Your own id for the customer; events name the customer by it. */
        public Builder externalId(String externalId) {
            this.externalId = externalId;
            return this;
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Billing e-mail address. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** First address line. */
        public Builder addressLine1(String addressLine1) {
            this.addressLine1 = addressLine1;
            return this;
        }

        /** Second address line. */
        public Builder addressLine2(String addressLine2) {
            this.addressLine2 = addressLine2;
            return this;
        }

        /** City. */
        public Builder addressCity(String addressCity) {
            this.addressCity = addressCity;
            return this;
        }

        /** State or region. */
        public Builder addressState(String addressState) {
            this.addressState = addressState;
            return this;
        }

        /** Postal code. */
        public Builder addressPostalCode(String addressPostalCode) {
            this.addressPostalCode = addressPostalCode;
            return this;
        }

        /** Country, ISO 3166-1 alpha-2. */
        public Builder addressCountry(String addressCountry) {
            this.addressCountry = addressCountry;
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

        /** The parent customer's id, for a hierarchy. */
        public Builder parentCustomerId(String parentCustomerId) {
            this.parentCustomerId = parentCustomerId;
            return this;
        }

        /** The parent customer's external id, instead of its id. */
        public Builder parentCustomerExternalId(String parentCustomerExternalId) {
            this.parentCustomerExternalId = parentCustomerExternalId;
            return this;
        }

        /** An IANA zone name ({@code Europe/Berlin}) for billing periods and usage windows (an extension of this server; FlexPrice ignores it). */
        public Builder timezone(String timezone) {
            this.timezone = timezone;
            return this;
        }

        public UpdateCustomerParams build() {
            return new UpdateCustomerParams(externalId, name, email, addressLine1, addressLine2, addressCity, addressState, addressPostalCode, addressCountry, metadata, parentCustomerId, parentCustomerExternalId, timezone);
        }
    }
}
