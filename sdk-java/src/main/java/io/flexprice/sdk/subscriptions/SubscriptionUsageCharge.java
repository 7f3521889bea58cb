package io.flexprice.sdk.subscriptions;

import java.math.BigDecimal;

/**
 * FlexPrice's {@code dto.SubscriptionUsageByMetersResponse}: one usage line item's charge, or an overage line.
 * {@code lineItemId} and {@code priceId} are extensions of this server.
 *
 * @param lineItemId the line item (extension)
 * @param priceId its price (extension)
 * @param meterId the meter
 * @param meterDisplayName the meter's name
 * @param quantity the usage
 * @param amount the charge, at the currency's minor unit
 * @param displayAmount the charge as text
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param isOverage whether it is the overage above the commitment
 * @param overageFactor FlexPrice: the overage factor
 */
public record SubscriptionUsageCharge(String lineItemId, String priceId, String meterId, String meterDisplayName,
                                      BigDecimal quantity, BigDecimal amount, String displayAmount, String currency,
                                      Boolean isOverage, BigDecimal overageFactor) {


}
