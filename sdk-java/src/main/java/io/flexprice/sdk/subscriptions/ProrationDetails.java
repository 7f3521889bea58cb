package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.ProrationDetails}: what a change credits (positive) and charges, each line rounded once
 * and summed, and the days of the period used and left.
 *
 * @param creditAmount the credits, positive
 * @param creditDescription what they are
 * @param chargeAmount the charges
 * @param chargeDescription what they are
 * @param netAmount charges minus credits
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param currentPeriodStart the period prorated: its start
 * @param currentPeriodEnd the period prorated: its end
 * @param prorationDate when the change takes effect
 * @param daysUsed days of the period before the change
 * @param daysRemaining days of the period from the change
 */
public record ProrationDetails(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditAmount,
                               String creditDescription,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal chargeAmount,
                               String chargeDescription,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal netAmount, String currency,
                               Instant currentPeriodStart, Instant currentPeriodEnd, Instant prorationDate,
                               Integer daysUsed, Integer daysRemaining) {


}
