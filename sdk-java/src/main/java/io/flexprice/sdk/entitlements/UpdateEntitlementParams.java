package io.flexprice.sdk.entitlements;

import java.math.BigDecimal;

/**
 * FlexPrice's {@code dto.UpdateEntitlementRequest}: fields left unset keep their value.
 *
 * @param isEnabled whether it grants the feature
 * @param isSoftLimit whether usage beyond the limit is allowed
 * @param staticValue a static feature's value
 * @param usageLimit a metered feature's limit (a number)
 * @param usageResetPeriod when usage counts again from zero
 */
public record UpdateEntitlementParams(Boolean isEnabled, Boolean isSoftLimit, String staticValue,
                                      BigDecimal usageLimit, String usageResetPeriod) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.isEnabled(isEnabled);
        b.isSoftLimit(isSoftLimit);
        b.staticValue(staticValue);
        b.usageLimit(usageLimit);
        b.usageResetPeriod(usageResetPeriod);
        return b;
    }

    /** Builds a {@link UpdateEntitlementParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Boolean isEnabled;
        private Boolean isSoftLimit;
        private String staticValue;
        private BigDecimal usageLimit;
        private String usageResetPeriod;

        private Builder() {
        }

        /** Whether it grants the feature. */
        public Builder isEnabled(Boolean isEnabled) {
            this.isEnabled = isEnabled;
            return this;
        }

        /** Whether usage beyond the limit is allowed. */
        public Builder isSoftLimit(Boolean isSoftLimit) {
            this.isSoftLimit = isSoftLimit;
            return this;
        }

        /** A static feature's value. */
        public Builder staticValue(String staticValue) {
            this.staticValue = staticValue;
            return this;
        }

        /** A metered feature's limit (a number). */
        public Builder usageLimit(BigDecimal usageLimit) {
            this.usageLimit = usageLimit;
            return this;
        }

        /** When usage counts again from zero. */
        public Builder usageResetPeriod(String usageResetPeriod) {
            this.usageResetPeriod = usageResetPeriod;
            return this;
        }

        public UpdateEntitlementParams build() {
            return new UpdateEntitlementParams(isEnabled, isSoftLimit, staticValue, usageLimit, usageResetPeriod);
        }
    }
}
