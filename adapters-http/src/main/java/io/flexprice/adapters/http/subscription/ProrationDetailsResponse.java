package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Subscription;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/**
 * FlexPrice's {@code dto.ProrationDetails}: the credits (as a positive amount) and charges a change settles,
 * each line rounded once and summed, and the days of the period used and remaining in the customer's zone.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ProrationDetailsResponse(String creditAmount, String creditDescription, String chargeAmount,
                                       String chargeDescription, String netAmount, String currency,
                                       Instant currentPeriodStart, Instant currentPeriodEnd, Instant prorationDate,
                                       long daysUsed, long daysRemaining) {

    static ProrationDetailsResponse from(Subscription before, Instant prorationDate, List<ChargeLine> charges) {
        Money credit = Amounts.sum(charges, before.currency(), line -> line.amount().isNegative()).negate();
        Money charge = Amounts.sum(charges, before.currency(), line -> !line.amount().isNegative());
        Period period = before.currentPeriod();
        LocalDate first = LocalDate.ofInstant(period.start(), before.billing().zone());
        LocalDate end = LocalDate.ofInstant(period.end(), before.billing().zone());
        LocalDate change = LocalDate.ofInstant(prorationDate, before.billing().zone());
        long total = Math.max(1, ChronoUnit.DAYS.between(first, end));
        long used = Math.min(total, Math.max(0, ChronoUnit.DAYS.between(first, change)));
        return new ProrationDetailsResponse(Amounts.text(credit), "credit for the unused part of the period",
                Amounts.text(charge), "charges for the change", Amounts.text(charge.minus(credit)),
                before.currency().getCurrencyCode().toLowerCase(Locale.ROOT), period.start(), period.end(),
                prorationDate, used, total - used);
    }
}
