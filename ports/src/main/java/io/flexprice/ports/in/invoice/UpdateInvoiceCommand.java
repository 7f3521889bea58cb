package io.flexprice.ports.in.invoice;

import java.time.Instant;
import java.util.Map;

/** FlexPrice's invoice update: null keeps a value. */
public record UpdateInvoiceCommand(Instant dueDate, String invoicePdfUrl, Map<String, String> metadata) {
}
