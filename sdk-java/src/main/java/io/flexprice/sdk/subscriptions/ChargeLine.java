package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.InvoiceCadence;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line a cancellation or a change settles, as this server computes it (an extension): {@code amount}
 * unrounded, {@code roundedAmount} to the currency's minor unit, as an invoice line holds it. Credits are negative.
 *
 * @param lineItemId the line item charged
 * @param priceId its price
 * @param meterId the meter of a usage line
 * @param displayName display name
 * @param quantity the quantity
 * @param amount the amount, unrounded
 * @param roundedAmount the amount at the currency's minor unit
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param kind fixed, usage, proration, ...
 * @param invoiceCadence in advance or in arrear
 * @param servicePeriodStart the period charged: its start
 * @param servicePeriodEnd the period charged: its end (exclusive)
 */
public record ChargeLine(String lineItemId, String priceId, String meterId, String displayName,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal roundedAmount, String currency,
                         ChargeKind kind, InvoiceCadence invoiceCadence, Instant servicePeriodStart,
                         Instant servicePeriodEnd) {


}
