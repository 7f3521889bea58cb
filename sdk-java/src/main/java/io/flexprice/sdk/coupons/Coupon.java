package io.flexprice.sdk.coupons;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.common.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CouponResponse}. Amounts are exact decimals, as the server stores them.
 *
 * @param id the coupon's id
 * @param name display name
 * @param type fixed or percentage
 * @param amountOff the amount off, for a fixed coupon
 * @param percentageOff the percentage off (0 to 100), for a percentage coupon
 * @param currency ISO 4217 code of a fixed coupon, e.g. {@code usd}
 * @param cadence once, repeated or forever
 * @param durationInPeriods the periods a repeated coupon applies for
 * @param maxRedemptions how often it can be redeemed, or null for no limit
 * @param totalRedemptions how often it was redeemed
 * @param redeemAfter the first time it can be redeemed
 * @param redeemBefore the time from which it can no longer be redeemed
 * @param rules your rules (any JSON object), kept as given
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record Coupon(String id, String name, CouponType type,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountOff,
                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentageOff, String currency,
                     CouponCadence cadence, Integer durationInPeriods, Integer maxRedemptions, Integer totalRedemptions,
                     Instant redeemAfter, Instant redeemBefore, Map<String, Object> rules, Map<String, String> metadata,
                     Status status, String tenantId, String environmentId, Instant createdAt, String createdBy,
                     Instant updatedAt, String updatedBy) {

    public Coupon {
        rules = rules == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
