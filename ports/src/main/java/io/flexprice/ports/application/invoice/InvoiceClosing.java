package io.flexprice.ports.application.invoice;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.invoice.DocumentNumbers;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.ports.out.common.SequenceRepository;
import java.time.Duration;
import java.time.Instant;

/**
 * Closes a DRAFT: a subscription's period that owes nothing becomes SKIPPED, anything else FINALIZED with the next
 * number of the month ({@code invoice:YYYYMM}, UTC) and, unless it has one, a due date {@code dueDateDays} after
 * finalization. Call it inside the unit of work that stores the result, so the number is given back if that fails.
 */
final class InvoiceClosing {

    static final String SEQUENCE = "invoice";

    private final SequenceRepository sequences;
    private final InvoiceSettings settings;

    InvoiceClosing(SequenceRepository sequences, InvoiceSettings settings) {
        this.sequences = sequences;
        this.settings = settings;
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
