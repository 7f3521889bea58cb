package io.flexprice.ports.application.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * One invoice per subscription period: {@link InvoiceRepository#createForPeriod} decides, atomically, whether this
 * call creates the period's invoice or finds the one that exists; closing (finalizing or skipping) happens in the
 * same unit of work, under the invoice's lock.
 */
public final class BillSubscriptionPeriodsService implements BillSubscriptionPeriodsUseCase {

    private final InvoiceRepository invoices;
    private final SubscriptionInvoiceDrafts drafts;
    private final InvoiceClosing closing;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    /** Without wallets: no prepaid credits are applied. */
    public BillSubscriptionPeriodsService(InvoiceRepository invoices, SubscriptionInvoiceDrafts drafts,
                                          SequenceRepository sequences, InvoiceSettings settings,
                                          Transactions transactions, IdGenerator ids, Clock clock) {
        this(invoices, drafts, sequences, settings, transactions, ids, clock, PrepaidCredits.NONE);
    }

    /** @param prepaid pays each period's invoice with the customer's prepaid credits when it is finalized */
    public BillSubscriptionPeriodsService(InvoiceRepository invoices, SubscriptionInvoiceDrafts drafts,
                                          SequenceRepository sequences, InvoiceSettings settings,
                                          Transactions transactions, IdGenerator ids, Clock clock,
                                          PrepaidCredits prepaid) {
        this.invoices = invoices;
        this.drafts = drafts;
        this.closing = new InvoiceClosing(sequences, settings, prepaid, ids);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public PeriodInvoice bill(Caller caller, InvoiceDraft draft, boolean finalize) {
        if (draft.subscriptionId() == null) {
            throw ValidationException.of("subscription_id", "is required to invoice a subscription's period");
        }
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        return transactions.inTransaction(() -> {
            Invoice candidate = Invoice.draft(Invoices.newId(ids), caller.scope(), draft,
                    Invoices.lineIds(ids, draft), audit);
            PeriodInvoice stored = invoices.createForPeriod(candidate);
            return finalize ? closed(caller, stored, now) : stored;
        });
    }

    @Override
    public PeriodInvoice bill(Caller caller, String subscriptionId, Period period, boolean finalize) {
        if (subscriptionId == null || subscriptionId.isBlank()) {
            throw ValidationException.of("subscription_id", "is required");
        }
        if (period == null) {
            throw ValidationException.of("period_start", "is required");
        }
        Optional<Invoice> existing = invoices.findLiveForPeriod(caller.scope(), subscriptionId, period,
                BillingReason.SUBSCRIPTION_CYCLE);
        if (existing.isPresent()) {
            PeriodInvoice found = new PeriodInvoice(existing.get(), false);
            return finalize && existing.get().invoiceStatus() == InvoiceStatus.DRAFT
                    ? transactions.inTransaction(() -> closed(caller, found, clock.instant())) : found;
        }
        return bill(caller, drafts.draft(caller.scope(), subscriptionId, period), finalize);
    }

    /** The period's invoice closed if it is (still) a DRAFT: read again under its lock. */
    private PeriodInvoice closed(Caller caller, PeriodInvoice stored, Instant now) {
        Invoice current = Invoices.locked(invoices, caller.scope(), stored.invoice().id());
        if (current.invoiceStatus() != InvoiceStatus.DRAFT) {
            return new PeriodInvoice(current, stored.created());
        }
        Invoice closed = closing.close(caller, current, now, current.audit().updatedBy(caller.actor(), now));
        invoices.update(closed);
        return new PeriodInvoice(closed, stored.created());
    }
}
