package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.domain.subscription.ChargeLine;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;

/**
 * Extension: one charge line as the domain computes it ({@code amount} unrounded, {@code rounded_amount} to
 * the currency's minor unit, as an invoice line would hold it).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ChargeLineResponse(String lineItemId, String priceId, String meterId, String displayName,
                                 String quantity, String amount, String roundedAmount, String currency, String kind,
                                 String invoiceCadence, Instant servicePeriodStart, Instant servicePeriodEnd) {

    public static ChargeLineResponse from(ChargeLine line) {
        return new ChargeLineResponse(line.lineItemId() == null ? null : line.lineItemId().value(),
                line.priceId() == null ? null : line.priceId().value(),
                line.meterId() == null ? null : line.meterId().value(), line.displayName(),
                Decimals.format(line.quantity().stripTrailingZeros()),
                Decimals.format(line.amount().amount().stripTrailingZeros()),
                Decimals.format(line.amount().roundedToMinorUnit().amount().setScale(
                        line.amount().minorUnitDigits(), RoundingMode.UNNECESSARY)),
                line.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), line.kind().name(),
                line.cadence().name(), line.servicePeriod().start(), line.servicePeriod().end());
    }
}
