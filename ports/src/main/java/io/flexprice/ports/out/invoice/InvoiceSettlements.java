package io.flexprice.ports.out.invoice;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.ports.in.tenancy.Caller;

/**
 * Told when an invoice is settled for good: paid in full, or voided. Called inside the unit of work that stores the
 * invoice, so what it does commits with the invoice or not at all. Wallets use it to add the credits of a purchased
 * top-up once its invoice is paid, or to fail the top-up when its invoice is voided.
 */
public interface InvoiceSettlements {

    /** Does nothing: a build where nothing waits on invoices. */
    InvoiceSettlements NONE = new InvoiceSettlements() {
        @Override
        public void paid(Caller caller, Invoice invoice) {
        }

        @Override
        public void voided(Caller caller, Invoice invoice) {
        }
    };

    /** {@code invoice} is now paid in full (payment status SUCCEEDED). */
    void paid(Caller caller, Invoice invoice);

    /** {@code invoice} is now VOIDED. */
    void voided(Caller caller, Invoice invoice);
}
