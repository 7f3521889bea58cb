package io.flexprice.adapters.http.coupon;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.JsonObjectDeserializer;
import io.flexprice.adapters.http.common.WireDecimals;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCouponRequest}: amounts as decimal strings, RFC 3339 timestamps. As in
 * FlexPrice, {@code currency} is dropped on a percentage coupon (it applies in every currency); a fixed coupon
 * needs one here, where FlexPrice leaves it optional.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateCouponRequest(String name, String type, String amountOff, String percentageOff, String currency,
                                  String cadence, Integer durationInPeriods, Integer maxRedemptions,
                                  String redeemAfter, String redeemBefore,
                                  @JsonDeserialize(using = JsonObjectDeserializer.class) Map<String, Object> rules,
                                  Map<String, String> metadata) {

    public CreateCouponCommand toCommand() {
        WireParser wire = new WireParser();
        CouponType couponType = blank(type) ? null : wire.parse(() -> CouponType.fromWire(type.trim()));
        CouponCadence couponCadence = blank(cadence) ? null
                : wire.parse(() -> CouponCadence.fromWire(cadence.trim()));
        BigDecimal amount = WireDecimals.parse(wire, amountOff, "amount_off");
        BigDecimal percentage = WireDecimals.parse(wire, percentageOff, "percentage_off");
        Currency unit = blank(currency) || couponType == CouponType.PERCENTAGE ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        Instant after = wire.instant(redeemAfter, "redeem_after");
        Instant before = wire.instant(redeemBefore, "redeem_before");
        wire.throwIfInvalid();
        return new CreateCouponCommand(name, couponType, amount, percentage, unit, couponCadence, durationInPeriods,
                after, before, maxRedemptions, rules, metadata);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
