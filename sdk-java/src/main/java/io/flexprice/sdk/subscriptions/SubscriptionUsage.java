package io.flexprice.sdk.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetUsageBySubscriptionResponse}: a subscription's usage charges over a time range.
 * Amounts are JSON numbers at the currency's minor unit; {@code displayAmount} is the total as text.
 *
 * @param amount the total
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param displayAmount the total as text
 * @param startTime from
 * @param endTime until (exclusive)
 * @param commitmentAmount the commitment, if any
 * @param commitmentUtilized how much of it usage used
 * @param overageFactor the factor on usage above it
 * @param hasOverage whether usage went above it
 * @param overageAmount the extra charged for usage above it
 * @param charges one per usage line item, and overage lines
 */
public record SubscriptionUsage(BigDecimal amount, String currency, String displayAmount, Instant startTime,
                                Instant endTime, BigDecimal commitmentAmount, BigDecimal commitmentUtilized,
                                BigDecimal overageFactor, Boolean hasOverage, BigDecimal overageAmount,
                                List<SubscriptionUsageCharge> charges) {

    public SubscriptionUsage {
        charges = charges == null ? null : List.copyOf(charges);
    }
}
