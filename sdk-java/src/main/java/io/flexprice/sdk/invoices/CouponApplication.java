package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CouponApplicationResponse}: one coupon applied to an invoice.
 *
 * @param couponId the coupon
 * @param couponAssociationId the subscription's association of it, if any
 * @param invoiceId the invoice
 * @param invoiceLineItemId the line it applies to; null: the whole invoice
 * @param subscriptionId the subscription
 * @param discountType {@code fixed} or {@code percentage}
 * @param discountPercentage the percentage of a percentage coupon
 * @param originalPrice the amount before it
 * @param discountedAmount what it took off
 * @param finalPrice the amount after it
 * @param currency ISO 4217 code in lower case
 * @param appliedAt when it was applied
 */
public record CouponApplication(String couponId, String couponAssociationId, String invoiceId,
                                String invoiceLineItemId, String subscriptionId, String discountType,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountPercentage,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal originalPrice,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal discountedAmount,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal finalPrice, String currency,
                                Instant appliedAt) {
}
