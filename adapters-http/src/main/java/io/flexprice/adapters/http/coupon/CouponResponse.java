package io.flexprice.adapters.http.coupon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireDecimals;
import io.flexprice.domain.coupon.Coupon;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** FlexPrice's {@code dto.CouponResponse}: amounts as decimal strings exactly as stored, the currency in lower case. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CouponResponse(String id, String name, String type, String amountOff, String percentageOff,
                             String currency, String cadence, Integer durationInPeriods, Integer maxRedemptions,
                             int totalRedemptions, Instant redeemAfter, Instant redeemBefore,
                             Map<String, Object> rules, Map<String, String> metadata, String status, String tenantId,
                             String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                             String updatedBy) {

    public static CouponResponse from(Coupon coupon) {
        return new CouponResponse(coupon.id().value(), coupon.name(), coupon.type().wireValue(),
                WireDecimals.format(coupon.amountOff()), WireDecimals.format(coupon.percentageOff()),
                coupon.currency() == null ? null : coupon.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                coupon.cadence().wireValue(), coupon.durationInPeriods(), coupon.maxRedemptions(),
                coupon.totalRedemptions(), coupon.redeemAfter(), coupon.redeemBefore(), coupon.rules(),
                coupon.metadata().values(), coupon.status().wireValue(), coupon.scope().tenantId().value(),
                coupon.scope().environmentId().value(), coupon.audit().createdAt(), coupon.audit().createdBy(),
                coupon.audit().updatedAt(), coupon.audit().updatedBy());
    }
}
