package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;

/**
 * Takes credits from a wallet: the one way, besides expiry and termination, credits leave a wallet. Atomic and
 * serialised per wallet (the wallet is locked for the unit of work): concurrent debits never overdraw a wallet and
 * never lose a credit. Joins the caller's unit of work when called inside one.
 */
public interface DebitWalletUseCase {

    /**
     * Debits credits worth {@code command.amount()}, consumed by priority, then soonest expiry, then largest (after
     * debiting the wallet's expired credits); then tops the wallet up if its auto top-up is due.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code wallet.not_found})
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.insufficient_balance}) if the unexpired
     *     credits are not enough, nothing debited; ({@code wallet.closed}); ({@code wallet.idempotency_key_reused})
     * @throws io.flexprice.domain.common.ValidationException ({@code money.currency_mismatch}) if the amount is not
     *     in the wallet's currency
     */
    WalletTransaction debit(Caller caller, WalletId id, DebitWalletCommand command);
}
