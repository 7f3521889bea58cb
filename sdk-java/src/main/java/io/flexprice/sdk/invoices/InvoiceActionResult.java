package io.flexprice.sdk.invoices;

/**
 * FlexPrice's {@code dto.SuccessResponse}, the answer of finalize, void and payment attempts.
 *
 * @param message what happened, e.g. {@code invoice finalized successfully} or {@code paid 30 from prepaid credits}
 */
public record InvoiceActionResult(String message) {
}
