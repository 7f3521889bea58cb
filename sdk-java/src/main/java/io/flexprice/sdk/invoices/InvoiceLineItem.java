package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.InvoiceLineItemResponse}; {@code taxAmount} (the line's share of the taxes) is this server's
 * extension.
 *
 * @param id the line's id
 * @param invoiceId its invoice
 * @param priceId the price charged, if any
 * @param priceType fixed or usage
 * @param meterId the meter of a usage line
 * @param meterDisplayName the meter's name
 * @param entityId the plan or addon the price belongs to
 * @param entityType {@code plan} or {@code addon}
 * @param planDisplayName the plan's name
 * @param displayName display name
 * @param amount the line's charge, at the currency's minor unit
 * @param quantity the quantity
 * @param currency ISO 4217 code in lower case
 * @param periodStart the period charged: its start
 * @param periodEnd the period charged: its end (exclusive)
 * @param lineItemDiscount coupons on this line
 * @param invoiceLevelDiscount this line's share of the invoice's coupons
 * @param prepaidCreditsApplied paid from prepaid wallets
 * @param taxAmount this line's share of the taxes (an extension)
 * @param metadata your key-value pairs
 */
public record InvoiceLineItem(String id, String invoiceId, String priceId, PriceType priceType, String meterId,
                              String meterDisplayName, String entityId, String entityType, String planDisplayName,
                              String displayName, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity, String currency,
                              Instant periodStart, Instant periodEnd,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal lineItemDiscount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal invoiceLevelDiscount,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal prepaidCreditsApplied,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxAmount,
                              Map<String, String> metadata) {

    public InvoiceLineItem {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }
}
