package io.flexprice.ports.out.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

/**
 * Invoices with their lines. Invoices are never deleted: they are voided. The lines of a stored invoice never change
 * except by replacing them all (a recalculated draft); an update writes the lines the invoice has and drops the others.
 */
public interface InvoiceRepository {

    /** Stores a new invoice that names no subscription (a one-off invoice). */
    void insert(Invoice invoice);

    /**
     * Stores {@code candidate}, a subscription's invoice, unless a live (not voided) invoice already exists for the
     * same scope, subscription, billing reason and period ({@code period_start} and {@code period_end} both
     * equal); then nothing is written and that invoice is returned. The reason is part of the key because a
     * subscription's first invoice (SUBSCRIPTION_CREATE: the first period in advance) and the invoice at the end of
     * that period (SUBSCRIPTION_CYCLE) are both for the first period. Atomic against concurrent callers, in and out of a unit of work: of any
     * number of callers with the same key, exactly one creates, whoever asks and however often. A period whose
     * invoice was voided takes a new one.
     */
    PeriodInvoice createForPeriod(Invoice candidate);

    /** Replaces a stored invoice: its fields, and its lines as described above. */
    void update(Invoice invoice);

    Optional<Invoice> findById(Scope scope, InvoiceId id);

    /**
     * The invoice, locked until the calling unit of work ends ({@code SELECT ... FOR UPDATE}): every change to an
     * invoice's money (payments, credit notes, lifecycle) reads it this way first, so concurrent changes queue and
     * each sees the one before.
     */
    Optional<Invoice> lockById(Scope scope, InvoiceId id);

    /** The live (not voided) invoice of a subscription's period made for {@code reason}, if there is one. */
    Optional<Invoice> findLiveForPeriod(Scope scope, String subscriptionId, Period period, BillingReason reason);

    /** Matching invoices, with their lines, by creation time (then id) in the order the page asks. */
    Page<Invoice> search(Scope scope, InvoiceFilter filter, PageRequest page);
}
