package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.TaxAppliedResponse}; {@code taxRateType} and {@code taxRateValue} (the rate as applied) are
 * this server's extensions.
 *
 * @param taxRateId the tax rate
 * @param taxAssociationId the association that brought it, if any
 * @param entityType {@code invoice}
 * @param entityId the invoice
 * @param taxableAmount what it was applied to
 * @param taxAmount the tax
 * @param taxRateType {@code percentage} or {@code fixed}
 * @param taxRateValue the percentage or the fixed amount
 * @param currency ISO 4217 code in lower case
 * @param appliedAt when it was applied
 */
public record AppliedTax(String taxRateId, String taxAssociationId, String entityType, String entityId,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxableAmount,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxAmount, String taxRateType,
                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal taxRateValue, String currency,
                         Instant appliedAt) {
}
