package io.flexprice.ports.application.invoice;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.invoice.DocumentNumbers;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Closes a DRAFT: a subscription's period that owes nothing becomes SKIPPED, anything else FINALIZED with the next
 * number of the month ({@code invoice:YYYYMM}, UTC) and, unless it has one, a due date {@code dueDateDays} after
 * finalization. Call it inside the unit of work that stores the result, so the number is given back if that fails.
 * A subscription's invoice closed for a caller is first paid with the customer's prepaid credits ({@link PrepaidCredits},
 * after coupons, before taxes), in that unit of work too.
 */
final class InvoiceClosing {

    static final String SEQUENCE = "invoice";

    private final SequenceRepository sequences;
    private final InvoiceSettings settings;
    private final PrepaidCredits prepaid;

    private final IdGenerator ids;

    InvoiceClosing(SequenceRepository sequences, InvoiceSettings settings) {
        this(sequences, settings, PrepaidCredits.NONE, null);
    }

    /** @param ids new ids for the lines of a draft paid with prepaid credits */
    InvoiceClosing(SequenceRepository sequences, InvoiceSettings settings, PrepaidCredits prepaid, IdGenerator ids) {
        this.sequences = sequences;
        this.settings = settings;
        this.prepaid = prepaid;
        this.ids = ids;
    }

    /**
     * As {@link #close(Invoice, Instant, Audit)}; a SUBSCRIPTION invoice that owes something is paid with prepaid
     * credits first.
     */
    Invoice close(Caller caller, Invoice draft, Instant at, Audit changed) {
        draft.requireStatus(InvoiceStatus.DRAFT, "finalized");
        if (draft.invoiceType() == InvoiceType.SUBSCRIPTION && !draft.closesAsSkipped()) {
            List<Money> paid = prepaid.apply(caller, draft);
            if (paid.stream().anyMatch(amount -> amount.amount().signum() > 0)) {
                draft = draft.withPrepaidCredits(paid, Invoices.lineIds(ids, draft.lineItems().size()), changed);
            }
        }
        return close(draft, at, changed);
    }

    Invoice close(Invoice draft, Instant at, Audit changed) {
        draft.requireStatus(InvoiceStatus.DRAFT, "finalized");
        if (draft.closesAsSkipped()) {
            return draft.skipped(changed);
        }
        long sequence = sequences.next(draft.scope(), DocumentNumbers.sequenceName(SEQUENCE, at));
        return draft.finalized(DocumentNumbers.format(settings.invoiceNumberPrefix(), at, sequence), at,
                at.plus(Duration.ofDays(settings.dueDateDays())), changed);
    }
}
