package io.flexprice.ports.out.invoice;

import io.flexprice.domain.invoice.Invoice;
import java.util.Objects;

/** The invoice of a subscription's period, and whether this call created it (false: it existed already). */
public record PeriodInvoice(Invoice invoice, boolean created) {

    public PeriodInvoice {
        Objects.requireNonNull(invoice, "invoice");
    }
}
