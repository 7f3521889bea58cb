package io.flexprice.sdk.entitlements;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreateEntitlementRequest}: {@code planId} alone means a plan's entitlement; otherwise
 * {@code entityType} and {@code entityId}. {@code isEnabled} left out means enabled.
 *
 * @param planId the plan
 * @param entityType PLAN, ADDON or SUBSCRIPTION
 * @param entityId the plan, addon or subscription
 * @param featureId the feature (required)
 * @param featureType metered, boolean or static (required)
 * @param isEnabled whether it grants the feature
 * @param usageLimit a metered feature's limit (a number); unset: unlimited
 * @param usageResetPeriod when usage counts again from zero (MONTHLY, ...)
 * @param isSoftLimit whether usage beyond the limit is allowed
 * @param staticValue a static feature's value
 * @param startDate from when
 * @param endDate until when
 */
public record CreateEntitlementParams(String planId, String entityType, String entityId, String featureId,
                                      String featureType, Boolean isEnabled, BigDecimal usageLimit,
                                      String usageResetPeriod, Boolean isSoftLimit, String staticValue,
                                      Instant startDate, Instant endDate) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.planId(planId);
        b.entityType(entityType);
        b.entityId(entityId);
        b.featureId(featureId);
        b.featureType(featureType);
        b.isEnabled(isEnabled);
        b.usageLimit(usageLimit);
        b.usageResetPeriod(usageResetPeriod);
        b.isSoftLimit(isSoftLimit);
        b.staticValue(staticValue);
        b.startDate(startDate);
        b.endDate(endDate);
        return b;
    }

    /** Builds a {@link CreateEntitlementParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String planId;
        private String entityType;
        private String entityId;
        private String featureId;
        private String featureType;
        private Boolean isEnabled;
        private BigDecimal usageLimit;
        private String usageResetPeriod;
        private Boolean isSoftLimit;
        private String staticValue;
        private Instant startDate;
        private Instant endDate;

        private Builder() {
        }

        /** The plan. */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        /** PLAN, ADDON or SUBSCRIPTION. */
        public Builder entityType(String entityType) {
            this.entityType = entityType;
            return this;
        }

        /** The plan, addon or subscription. */
        public Builder entityId(String entityId) {
            this.entityId = entityId;
            return this;
        }

        /** The feature (required). */
        public Builder featureId(String featureId) {
            this.featureId = featureId;
            return this;
        }

        /** Metered, boolean or static (required). */
        public Builder featureType(String featureType) {
            this.featureType = featureType;
            return this;
        }

        /** Whether it grants the feature. */
        public Builder isEnabled(Boolean isEnabled) {
            this.isEnabled = isEnabled;
            return this;
        }

        /** A metered feature's limit (a number); unset: unlimited. */
        public Builder usageLimit(BigDecimal usageLimit) {
            this.usageLimit = usageLimit;
            return this;
        }

        /** When usage counts again from zero (MONTHLY, ...). */
        public Builder usageResetPeriod(String usageResetPeriod) {
            this.usageResetPeriod = usageResetPeriod;
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

        /** From when. */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** Until when. */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
            return this;
        }

        public CreateEntitlementParams build() {
            return new CreateEntitlementParams(planId, entityType, entityId, featureId, featureType, isEnabled,
                    usageLimit, usageResetPeriod, isSoftLimit, staticValue, startDate, endDate);
        }
    }
}
