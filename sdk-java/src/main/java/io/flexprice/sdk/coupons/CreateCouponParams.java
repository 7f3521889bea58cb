package io.flexprice.sdk.coupons;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCouponRequest}, for {@code POST /v1/coupons} ({@code name}, {@code type} and
 * {@code cadence} required). Amounts travel as decimal strings. A fixed coupon needs a {@code currency} on this
 * server; a percentage coupon applies in every currency.
 *
 * @param name display name
 * @param type fixed or percentage
 * @param amountOff the amount off, for a fixed coupon
 * @param percentageOff the percentage off (0 to 100), for a percentage coupon
 * @param currency ISO 4217 code of a fixed coupon, e.g. {@code usd}
 * @param cadence once, repeated or forever
 * @param durationInPeriods the periods a repeated coupon applies for
 * @param maxRedemptions how often it can be redeemed (default: no limit)
 * @param redeemAfter the first time it can be redeemed
 * @param redeemBefore the time from which it can no longer be redeemed
 * @param rules your rules (any JSON object)
 * @param metadata your key/value pairs
 */
public record CreateCouponParams(String name, CouponType type,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountOff,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentageOff, String currency,
                                 CouponCadence cadence, Integer durationInPeriods, Integer maxRedemptions,
                                 Instant redeemAfter, Instant redeemBefore, Map<String, Object> rules,
                                 Map<String, String> metadata) {

    public CreateCouponParams {
        rules = rules == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.type = type;
        builder.amountOff = amountOff;
        builder.percentageOff = percentageOff;
        builder.currency = currency;
        builder.cadence = cadence;
        builder.durationInPeriods = durationInPeriods;
        builder.maxRedemptions = maxRedemptions;
        builder.redeemAfter = redeemAfter;
        builder.redeemBefore = redeemBefore;
        builder.rules = rules == null ? null : new LinkedHashMap<>(rules);
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link CreateCouponParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private CouponType type;
        private BigDecimal amountOff;
        private BigDecimal percentageOff;
        private String currency;
        private CouponCadence cadence;
        private Integer durationInPeriods;
        private Integer maxRedemptions;
        private Instant redeemAfter;
        private Instant redeemBefore;
        private Map<String, Object> rules;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Fixed or percentage. */
        public Builder type(CouponType type) {
            this.type = type;
            return this;
        }

        /** The amount off, for a fixed coupon. */
        public Builder amountOff(BigDecimal amountOff) {
            this.amountOff = amountOff;
            return this;
        }

        /** The amount off, for a fixed coupon, from its decimal text ({@code "12.34"}). */
        public Builder amountOff(String amountOff) {
            this.amountOff = amountOff == null ? null : new BigDecimal(amountOff);
            return this;
        }

        /** The percentage off (0 to 100), for a percentage coupon. */
        public Builder percentageOff(BigDecimal percentageOff) {
            this.percentageOff = percentageOff;
            return this;
        }

        /** The percentage off (0 to 100), for a percentage coupon, from its decimal text ({@code "12.34"}). */
        public Builder percentageOff(String percentageOff) {
            this.percentageOff = percentageOff == null ? null : new BigDecimal(percentageOff);
            return this;
        }

        /** ISO 4217 code of a fixed coupon, e.g. {@code usd}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Once, repeated or forever. */
        public Builder cadence(CouponCadence cadence) {
            this.cadence = cadence;
            return this;
        }

        /** The periods a repeated coupon applies for. */
        public Builder durationInPeriods(Integer durationInPeriods) {
            this.durationInPeriods = durationInPeriods;
            return this;
        }

        /** How often it can be redeemed (default: no limit). */
        public Builder maxRedemptions(Integer maxRedemptions) {
            this.maxRedemptions = maxRedemptions;
            return this;
        }

        /** The first time it can be redeemed. */
        public Builder redeemAfter(Instant redeemAfter) {
            this.redeemAfter = redeemAfter;
            return this;
        }

        /** The time from which it can no longer be redeemed. */
        public Builder redeemBefore(Instant redeemBefore) {
            this.redeemBefore = redeemBefore;
            return this;
        }

        /** Your rules (any JSON object). */
        public Builder rules(Map<String, Object> rules) {
            this.rules = rules == null ? null : new LinkedHashMap<>(rules);
            return this;
        }

        /** Sets one entry of rules. */
        public Builder putRule(String key, Object value) {
            if (this.rules == null) {
                this.rules = new LinkedHashMap<>();
            }
            this.rules.put(key, value);
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

        public CreateCouponParams build() {
            return new CreateCouponParams(name, type, amountOff, percentageOff, currency, cadence, durationInPeriods,
                    maxRedemptions, redeemAfter, redeemBefore, rules, metadata);
        }
    }
}
