package io.flexprice.ports.in.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.PeriodInvoice;

/**
 * Invoices a subscription's billing period exactly once, whoever asks and however often (a workflow, a retry, a
 * client): the first call creates the period's invoice, every later one gets that invoice back, until it is voided.
 */
public interface BillSubscriptionPeriodsUseCase {

    /**
     * The invoice of the period {@code draft} names (it must name a subscription and a period), created from the
     * draft if the period has no live invoice. With {@code finalize}, a DRAFT (new or found) is finalized, or
     * SKIPPED when it owes nothing.
     */
    PeriodInvoice bill(Caller caller, InvoiceDraft draft, boolean finalize);

    /**
     * The same, with the draft read from the subscription ({@code SubscriptionInvoiceDrafts}) only when the period
     * has no live invoice yet.
     */
    PeriodInvoice bill(Caller caller, String subscriptionId, Period period, boolean finalize);
}
