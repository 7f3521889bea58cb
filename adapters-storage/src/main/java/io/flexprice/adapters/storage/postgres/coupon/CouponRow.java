package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/** A row of {@code coupons}: enums as wire values, amounts as NUMERIC, rules and metadata as JSON text. */
final class CouponRow extends ScopedRow {

    private String name;
    private String type;
    private BigDecimal amountOff;
    private BigDecimal percentageOff;
    private String currency;
    private String cadence;
    private Integer durationInPeriods;
    private Instant redeemAfter;
    private Instant redeemBefore;
    private Integer maxRedemptions;
    private int totalRedemptions;
    private String rules;
    private String metadata;

    static CouponRow from(Coupon coupon) {
        CouponRow row = new CouponRow();
        row.fill(coupon.id().value(), coupon.scope(), coupon.status(), coupon.audit());
        row.name = coupon.name();
        row.type = coupon.type().wireValue();
        row.amountOff = coupon.amountOff();
        row.percentageOff = coupon.percentageOff();
        row.currency = coupon.currency() == null ? null : coupon.currency().getCurrencyCode();
        row.cadence = coupon.cadence().wireValue();
        row.durationInPeriods = coupon.durationInPeriods();
        row.redeemAfter = coupon.redeemAfter();
        row.redeemBefore = coupon.redeemBefore();
        row.maxRedemptions = coupon.maxRedemptions();
        row.totalRedemptions = coupon.totalRedemptions();
        row.rules = JsonColumns.write(coupon.rules());
        row.metadata = JsonColumns.write(coupon.metadata().values());
        return row;
    }

    Coupon toDomain() {
        return new Coupon(new CouponId(id), scope(), name, CouponType.fromWire(type), amountOff, percentageOff,
                currency == null ? null : Currency.getInstance(currency), CouponCadence.fromWire(cadence),
                durationInPeriods, redeemAfter, redeemBefore, maxRedemptions, totalRedemptions,
                JsonColumns.readObject(rules), Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
