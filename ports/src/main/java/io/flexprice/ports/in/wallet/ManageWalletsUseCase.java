package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageWalletsUseCase {

    /**
     * Creates an active wallet for a live customer, with its initial credits granted (FREE_CREDIT_GRANT), atomically.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the customer is not found
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.already_active}) if the customer has an
     *     active wallet of the same currency and type
     */
    Wallet create(Caller caller, CreateWalletCommand command);

    /** Changes the name, description, metadata, allowed price types and auto top-up. */
    Wallet update(Caller caller, WalletId id, UpdateWalletCommand command);

    /**
     * Closes the wallet: expired credits are debited as CREDIT_EXPIRED, every other credit left as
     * WALLET_TERMINATION, and the wallet takes nothing any more.
     *
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.closed}) if it is already closed
     */
    Wallet terminate(Caller caller, WalletId id);
}
