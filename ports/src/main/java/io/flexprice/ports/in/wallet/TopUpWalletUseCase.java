package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.in.tenancy.Caller;

public interface TopUpWalletUseCase {

    /**
     * Adds credits (see {@link TopUpWalletCommand}), first debiting the wallet's expired credits.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code wallet.not_found})
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.closed}) unless the wallet is active,
     *     ({@code wallet.idempotency_key_reused}) if the key was used for another top-up or debit
     */
    TopUpResult topUp(Caller caller, WalletId id, TopUpWalletCommand command);
}
