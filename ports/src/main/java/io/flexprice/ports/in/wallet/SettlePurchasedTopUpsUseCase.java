package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

/**
 * Settles PENDING purchased top-ups: the invoices side tells wallets that a top-up's invoice was paid (its credits
 * are added now) or voided (the entry fails). Settling twice changes nothing the second time.
 */
public interface SettlePurchasedTopUpsUseCase {

    /**
     * Settles every pending top-up invoiced on {@code invoiceId}: completed if {@code paid} and its wallet is still
     * active, failed otherwise.
     *
     * @return the entries settled now (none if there was nothing pending)
     */
    List<WalletTransaction> settleInvoice(Caller caller, String invoiceId, boolean paid);

    /**
     * Settles one pending top-up; an entry already settled is returned as it is.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code wallet_transaction.not_found})
     */
    WalletTransaction settle(Caller caller, WalletTransactionId id, boolean paid);
}
