package io.flexprice.ports.application.invoice;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.invoice.DocumentNumbers;

/**
 * How invoices and credit notes are numbered and when they are due, for the whole application (FlexPrice keeps this
 * per environment in its {@code invoice_config} setting, which this build does not serve).
 *
 * @param invoiceNumberPrefix {@code INV}: invoice numbers {@code INV-YYYYMM-00001}
 * @param creditNoteNumberPrefix {@code CN}: credit note numbers {@code CN-YYYYMM-00001}
 * @param dueDateDays days from finalization to the due date of an invoice that has none (FlexPrice's
 *        {@code due_date_days}, default 1)
 */
public record InvoiceSettings(String invoiceNumberPrefix, String creditNoteNumberPrefix, int dueDateDays) {

    public static final InvoiceSettings DEFAULTS = new InvoiceSettings("INV", "CN", 1);

    public InvoiceSettings {
        DocumentNumbers.validatePrefix(invoiceNumberPrefix, "invoice_number_prefix");
        DocumentNumbers.validatePrefix(creditNoteNumberPrefix, "credit_note_number_prefix");
        new Violations().require(dueDateDays >= 0 && dueDateDays <= 3650, "due_date_days", "must be 0 to 3650")
                .throwIfAny();
    }
}
