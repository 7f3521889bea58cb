package io.flexprice.domain.invoice;

import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A discount as it was applied (FlexPrice's coupon application): to the line {@code lineItemId}, or to the whole
 * invoice when that is null; {@code originalPrice} is what was left of it before this discount, {@code finalPrice}
 * what is left after. {@code value} is the discount's percentage or fixed amount as it was given.
 */
public record AppliedDiscount(String couponId, String couponAssociationId, InvoiceLineItemId lineItemId,
                              DiscountType type, BigDecimal value, Money originalPrice, Money discountedAmount,
                              Money finalPrice) {

    public AppliedDiscount {
        Objects.requireNonNull(couponId, "couponId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(originalPrice, "originalPrice");
        Objects.requireNonNull(discountedAmount, "discountedAmount");
        Objects.requireNonNull(finalPrice, "finalPrice");
    }
}
