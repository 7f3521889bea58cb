package io.flexprice.ports.in.invoice;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.tenancy.Caller;

/** The invoice document and what acts on it, as FlexPrice's {@code /v1/invoices} endpoints. */
public interface ManageInvoicesUseCase {

    /** A one-off invoice: DRAFT, or FINALIZED with its number (and paid as the command says). */
    Invoice create(Caller caller, CreateInvoiceCommand command);

    Invoice update(Caller caller, InvoiceId id, UpdateInvoiceCommand command);

    /**
     * DRAFT to FINALIZED, numbered {@code PREFIX-YYYYMM-00001} and due; a subscription's period that owes nothing
     * is closed as SKIPPED instead, without a number.
     */
    Invoice finalize(Caller caller, InvoiceId id);

    /** VOIDED, if nothing was paid and it has no credit notes; {@code metadata} is merged into the invoice's. */
    Invoice voidInvoice(Caller caller, InvoiceId id, Metadata metadata);

    /**
     * A subscription's DRAFT computed again from its subscription's charges (then finalized when {@code finalize});
     * for a VOIDED subscription invoice, its period invoiced again: the new invoice (or the period's live one) is
     * returned.
     */
    Invoice recalculate(Caller caller, InvoiceId id, boolean finalize);

    Invoice updatePaymentStatus(Caller caller, InvoiceId id, UpdatePaymentStatusCommand command);

    /**
     * Pays what remains from the customer's wallets, as FlexPrice does: the invoice is checked (FINALIZED, something
     * left to pay), then each active wallet of the customer in the invoice's currency is debited what it can pay, and
     * a succeeded CREDITS payment naming the wallet is recorded for each; zero when the wallets hold nothing.
     *
     * @return what was paid
     */
    Money attemptPayment(Caller caller, InvoiceId id);
}
