package io.flexprice.ports.out.invoice;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.money.Money;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

/**
 * Pays a subscription invoice being finalized with the customer's prepaid credits, after its coupons and before its
 * taxes: debits the wallets and says what they paid of each line. Called once per invoice, inside the unit of work
 * that finalizes it, so the debits commit with the invoice or not at all.
 */
public interface PrepaidCredits {

    /** Pays nothing: a build without wallets. */
    PrepaidCredits NONE = (caller, draft) -> List.of();

    /**
     * @param draft the DRAFT being finalized; what each line comes to after its discounts is what may be paid of it
     * @return what was paid of each line, in the order of its lines; empty if nothing was paid
     */
    List<Money> apply(Caller caller, Invoice draft);
}
