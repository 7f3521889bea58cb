package io.flexprice.ports.in.wallet;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.wallet.WalletCreditApplication;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.Currency;
import java.util.List;

/**
 * Pays an invoice being computed with the customer's prepaid credits (after coupons, before taxes): locks the
 * customer's active PRE_PAID wallets in the invoice's currency, computes {@link WalletCreditApplication#apply} on
 * them, and debits each wallet what it pays (CREDIT_ADJUSTMENT, reference INVOICE {@code invoiceId}), all in one
 * unit of work. Call it inside the unit of work that stores the invoice, so both commit or neither.
 */
public interface ApplyWalletCreditsUseCase {

    /**
     * @param lines what each line of the invoice comes to after coupons, in whole minor units of {@code currency}
     * @return what each wallet paid of each line
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.idempotency_key_reused}) if wallet
     *     credits were already applied to this invoice
     */
    WalletCreditApplication apply(Caller caller, CustomerId customerId, Currency currency, List<DueLine> lines,
                                  String invoiceId);
}
