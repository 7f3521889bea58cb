package io.flexprice.sdk.creditgrants;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCreditGrantRequest}: scope PLAN with {@code planId}, or SUBSCRIPTION with
 * {@code subscriptionId}; {@code credits} and the rates are sent as decimal strings.
 *
 * @param name its name (required)
 * @param scope PLAN or SUBSCRIPTION (required)
 * @param planId the plan, for scope PLAN
 * @param subscriptionId the subscription, for scope SUBSCRIPTION
 * @param credits the credits each application adds (required)
 * @param cadence ONETIME or RECURRING (required)
 * @param period a recurring grant's period (DAILY, WEEKLY, MONTHLY, ANNUAL, ...)
 * @param periodCount how many periods between applications
 * @param expirationType NEVER, DURATION or BILLING_CYCLE
 * @param expirationDuration for DURATION: how many units
 * @param expirationDurationUnit for DURATION: DAYS, WEEKS, MONTHS or YEARS
 * @param priority the order credits are used in (lower first)
 * @param conversionRate the currency one credit is worth
 * @param topupConversionRate the rate of a top-up
 * @param startDate from when
 * @param endDate until when
 * @param metadata your key/value pairs
 */
public record CreateCreditGrantParams(String name, String scope, String planId, String subscriptionId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credits, String cadence, String period, Integer periodCount, String expirationType, Integer expirationDuration, String expirationDurationUnit, Integer priority, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal conversionRate, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal topupConversionRate, Instant startDate, Instant endDate, Map<String, String> metadata) {

    public CreateCreditGrantParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.scope = scope;
        b.planId = planId;
        b.subscriptionId = subscriptionId;
        b.credits = credits;
        b.cadence = cadence;
        b.period = period;
        b.periodCount = periodCount;
        b.expirationType = expirationType;
        b.expirationDuration = expirationDuration;
        b.expirationDurationUnit = expirationDurationUnit;
        b.priority = priority;
        b.conversionRate = conversionRate;
        b.topupConversionRate = topupConversionRate;
        b.startDate = startDate;
        b.endDate = endDate;
        b.metadata(metadata);
        return b;
    }

    /** Builds a {@link CreateCreditGrantParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String scope;
        private String planId;
        private String subscriptionId;
        private BigDecimal credits;
        private String cadence;
        private String period;
        private Integer periodCount;
        private String expirationType;
        private Integer expirationDuration;
        private String expirationDurationUnit;
        private Integer priority;
        private BigDecimal conversionRate;
        private BigDecimal topupConversionRate;
        private Instant startDate;
        private Instant endDate;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Its name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** PLAN or SUBSCRIPTION (required). */
        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        /** The plan, for scope PLAN. */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        /** The subscription, for scope SUBSCRIPTION. */
        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        /** The credits each application adds (required). */
        public Builder credits(BigDecimal credits) {
            this.credits = credits;
            return this;
        }

        /** The credits each application adds (required). */
        public Builder credits(String credits) {
            return credits(credits == null ? null : new BigDecimal(credits));
        }

        /** ONETIME or RECURRING (required). */
        public Builder cadence(String cadence) {
            this.cadence = cadence;
            return this;
        }

        /** A recurring grant's period (DAILY, WEEKLY, MONTHLY, ANNUAL, ...). */
        public Builder period(String period) {
            this.period = period;
            return this;
        }

        /** How many periods between applications. */
        public Builder periodCount(Integer periodCount) {
            this.periodCount = periodCount;
            return this;
        }

        /** NEVER, DURATION or BILLING_CYCLE. */
        public Builder expirationType(String expirationType) {
            this.expirationType = expirationType;
            return this;
        }

        /** For DURATION: how many units. */
        public Builder expirationDuration(Integer expirationDuration) {
            this.expirationDuration = expirationDuration;
            return this;
        }

        /** For DURATION: DAYS, WEEKS, MONTHS or YEARS. */
        public Builder expirationDurationUnit(String expirationDurationUnit) {
            this.expirationDurationUnit = expirationDurationUnit;
            return this;
        }

        /** The order credits are used in (lower first). */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /** The currency one credit is worth. */
        public Builder conversionRate(BigDecimal conversionRate) {
            this.conversionRate = conversionRate;
            return this;
        }

        /** The currency one credit is worth. */
        public Builder conversionRate(String conversionRate) {
            return conversionRate(conversionRate == null ? null : new BigDecimal(conversionRate));
        }

        /** The rate of a top-up. */
        public Builder topupConversionRate(BigDecimal topupConversionRate) {
            this.topupConversionRate = topupConversionRate;
            return this;
        }

        /** The rate of a top-up. */
        public Builder topupConversionRate(String topupConversionRate) {
            return topupConversionRate(topupConversionRate == null ? null : new BigDecimal(topupConversionRate));
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

        /** Your key/value pairs (replaces them whole). */
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

        public CreateCreditGrantParams build() {
            return new CreateCreditGrantParams(name, scope, planId, subscriptionId, credits, cadence, period, periodCount, expirationType, expirationDuration, expirationDurationUnit, priority, conversionRate, topupConversionRate, startDate, endDate, metadata);
        }
    }
}
