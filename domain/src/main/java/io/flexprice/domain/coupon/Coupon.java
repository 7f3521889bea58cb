package io.flexprice.domain.coupon;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A discount a subscription can be given (FlexPrice's coupon).
 *
 * <ul>
 *   <li>FIXED takes {@code amountOff} of {@code currency} off an amount of that currency, never more than the
 *       amount; PERCENTAGE takes {@code percentageOff} percent (more than 0, at most 100) of an amount of any
 *       currency.</li>
 *   <li>{@code cadence}: the billing periods of a subscription it applies in ({@link #appliesInPeriod}).</li>
 *   <li>Redemption (attaching it to a subscription) is possible while the coupon is published, within the
 *       half-open window {@code [redeemAfter, redeemBefore)} (either end open when absent), and while
 *       {@code totalRedemptions} is below {@code maxRedemptions} (unlimited when absent). An attached coupon
 *       keeps applying after the window closes.</li>
 *   <li>{@code rules} are kept and returned as given; nothing evaluates them yet.</li>
 * </ul>
 */
public record Coupon(CouponId id, Scope scope, String name, CouponType type, BigDecimal amountOff,
                     BigDecimal percentageOff, Currency currency, CouponCadence cadence, Integer durationInPeriods,
                     Instant redeemAfter, Instant redeemBefore, Integer maxRedemptions, int totalRedemptions,
                     Map<String, Object> rules, Metadata metadata, Status status, Audit audit) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Coupon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        rules = rules == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        boolean fixed = type == CouponType.FIXED;
        boolean percentage = type == CouponType.PERCENTAGE;
        new Violations()
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .require(type != null, "type", "is required")
                .require(!fixed || amountOff != null, "amount_off", "is required for fixed coupons")
                .require(amountOff == null || amountOff.signum() > 0, "amount_off", "must be greater than zero")
                .require(amountOff == null || amountOff.scale() <= Money.WORKING_SCALE, "amount_off",
                        "must have at most " + Money.WORKING_SCALE + " decimal places")
                .require(amountOff == null || currency == null || !Money.hasMinorUnit(currency)
                                || amountOff.stripTrailingZeros().scale() <= currency.getDefaultFractionDigits(),
                        "amount_off", "must be a whole number of the currency's minor unit ("
                                + (currency == null ? 0 : currency.getDefaultFractionDigits()) + " decimal places)")
                .require(!percentage || amountOff == null, "amount_off", "is only used by fixed coupons")
                .require(!fixed || currency != null, "currency", "is required for fixed coupons")
                .require(currency == null || Money.hasMinorUnit(currency), "currency",
                        "must have a minor unit, such as usd or eur")
                .require(!percentage || currency == null, "currency", "is only used by fixed coupons")
                .require(!percentage || percentageOff != null, "percentage_off", "is required for percentage coupons")
                .require(percentageOff == null
                                || percentageOff.signum() > 0 && percentageOff.compareTo(HUNDRED) <= 0,
                        "percentage_off", "must be more than 0 and at most 100")
                .require(!fixed || percentageOff == null, "percentage_off", "is only used by percentage coupons")
                .require(cadence != null, "cadence", "is required")
                .require(cadence != CouponCadence.REPEATED || durationInPeriods != null, "duration_in_periods",
                        "is required for repeated coupons")
                .require(durationInPeriods == null || durationInPeriods >= 1, "duration_in_periods",
                        "must be at least 1")
                .require(cadence == null || cadence == CouponCadence.REPEATED || durationInPeriods == null,
                        "duration_in_periods", "is only used by repeated coupons")
                .require(redeemAfter == null || redeemBefore == null || redeemAfter.isBefore(redeemBefore),
                        "redeem_before", "must be after redeem_after")
                .require(maxRedemptions == null || maxRedemptions >= 1, "max_redemptions", "must be at least 1")
                .require(totalRedemptions >= 0, "total_redemptions", "must not be negative")
                .require(maxRedemptions == null || totalRedemptions <= maxRedemptions, "total_redemptions",
                        "must not exceed max_redemptions")
                .throwIfAny();
    }

    /** Why a coupon can or cannot be redeemed at an instant. */
    public enum Redeemability {
        REDEEMABLE,
        NOT_PUBLISHED,
        NOT_YET_REDEEMABLE,
        EXPIRED,
        LIMIT_REACHED
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** Whether a redemption at {@code at} would be accepted: see {@link #redeemabilityAt}. */
    public boolean canBeRedeemedAt(Instant at) {
        return redeemabilityAt(at) == Redeemability.REDEEMABLE;
    }

    /**
     * The first reason, in this order, that forbids a redemption at {@code at}: the coupon is not published,
     * {@code at} is before {@code redeemAfter}, {@code at} is at or after {@code redeemBefore}, the
     * redemptions reached {@code maxRedemptions}; otherwise REDEEMABLE.
     */
    public Redeemability redeemabilityAt(Instant at) {
        Objects.requireNonNull(at, "at");
        if (status != Status.PUBLISHED) {
            return Redeemability.NOT_PUBLISHED;
        }
        if (redeemAfter != null && at.isBefore(redeemAfter)) {
            return Redeemability.NOT_YET_REDEEMABLE;
        }
        if (redeemBefore != null && !at.isBefore(redeemBefore)) {
            return Redeemability.EXPIRED;
        }
        if (maxRedemptions != null && totalRedemptions >= maxRedemptions) {
            return Redeemability.LIMIT_REACHED;
        }
        return Redeemability.REDEEMABLE;
    }

    /**
     * This coupon with one more redemption, recorded at {@code at}.
     *
     * @throws ConflictException {@code coupon.redemption_limit_reached} when the limit is reached,
     *         {@code coupon.not_redeemable} for any other reason {@link #redeemabilityAt} gives
     */
    public Coupon redeemedAt(Instant at) {
        Redeemability redeemability = redeemabilityAt(at);
        if (redeemability != Redeemability.REDEEMABLE) {
            throw refusal(redeemability);
        }
        return new Coupon(id, scope, name, type, amountOff, percentageOff, currency, cadence, durationInPeriods,
                redeemAfter, redeemBefore, maxRedemptions, totalRedemptions + 1, rules, metadata, status, audit);
    }

    /** The error that reports a refused redemption; {@code redeemability} must not be REDEEMABLE. */
    public ConflictException refusal(Redeemability redeemability) {
        return switch (redeemability) {
            case LIMIT_REACHED -> new ConflictException(ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED,
                    "coupon " + id + " has reached its maximum of " + maxRedemptions + " redemptions");
            case NOT_PUBLISHED -> new ConflictException(ErrorCode.COUPON_NOT_REDEEMABLE,
                    "coupon " + id + " is " + status.wireValue() + " and cannot be redeemed");
            case NOT_YET_REDEEMABLE -> new ConflictException(ErrorCode.COUPON_NOT_REDEEMABLE,
                    "coupon " + id + " cannot be redeemed before " + redeemAfter);
            case EXPIRED -> new ConflictException(ErrorCode.COUPON_NOT_REDEEMABLE,
                    "coupon " + id + " could only be redeemed before " + redeemBefore);
            case REDEEMABLE -> throw new IllegalArgumentException("a redeemable coupon has no refusal");
        };
    }

    /**
     * Whether the coupon gives its discount in the {@code n}-th billing period (1 for the first) of the
     * subscription it is attached to: ONCE in the first only, REPEATED in the first {@code durationInPeriods},
     * FOREVER in every one.
     *
     * @throws ValidationException naming {@code period} when {@code n} is below 1
     */
    public boolean appliesInPeriod(int n) {
        if (n < 1) {
            throw ValidationException.of("period", "must be at least 1 (the first billing period)");
        }
        return switch (cadence) {
            case ONCE -> n == 1;
            case REPEATED -> n <= durationInPeriods;
            case FOREVER -> true;
        };
    }

    /**
     * The discount this coupon gives on {@code amount}, unrounded, in the amount's currency, never more than
     * the amount: PERCENTAGE is {@code amount × percentageOff / 100} at {@link Money#WORKING_SCALE}; FIXED is
     * {@code min(amountOff, amount)}. An amount of zero or less gets no discount.
     *
     * @throws CurrencyMismatchException if the coupon is FIXED and {@code amount} is of another currency
     */
    public Money discountOn(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (type == CouponType.FIXED && !currency.equals(amount.currency())) {
            throw new CurrencyMismatchException(currency, amount.currency());
        }
        if (amount.isZero() || amount.isNegative()) {
            return Money.zero(amount.currency());
        }
        if (type == CouponType.PERCENTAGE) {
            return amount.times(percentageOff.movePointLeft(2));
        }
        Money off = new Money(amountOff, currency);
        return off.compareTo(amount) < 0 ? off : amount;
    }

    /** The fields FlexPrice lets a client change on a coupon; the terms never change. */
    public Coupon withDetails(String newName, Metadata newMetadata, Audit changed) {
        return new Coupon(id, scope, newName, type, amountOff, percentageOff, currency, cadence, durationInPeriods,
                redeemAfter, redeemBefore, maxRedemptions, totalRedemptions, rules, newMetadata, status, changed);
    }

    /** Soft delete: the coupon disappears from reads and can no longer be redeemed. */
    public Coupon deleted(Audit changed) {
        return new Coupon(id, scope, name, type, amountOff, percentageOff, currency, cadence, durationInPeriods,
                redeemAfter, redeemBefore, maxRedemptions, totalRedemptions, rules, metadata, Status.DELETED,
                changed);
    }
}
