package io.flexprice.ports.in.wallet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletBalance;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import java.util.List;

public interface FindWalletsQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException ({@code wallet.not_found})
     */
    Wallet get(Caller caller, WalletId id);

    Page<Wallet> search(Caller caller, WalletFilter filter, PageRequest page);

    /**
     * The customer's wallets, every status, oldest first.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the customer is not found
     */
    List<Wallet> forCustomer(Caller caller, CustomerRef customer);

    /** The real-time balance: the balance less the unbilled usage of the current period, now. */
    WalletBalance balance(Caller caller, WalletId id);

    /** The real-time balance of each of the customer's wallets, oldest first. */
    List<WalletBalance> balancesForCustomer(Caller caller, CustomerRef customer);

    /**
     * The wallet's ledger entries.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code wallet.not_found})
     */
    Page<WalletTransaction> transactions(Caller caller, WalletId id, WalletTransactionFilter filter, PageRequest page);

    /** Ledger entries of every wallet of the scope. */
    Page<WalletTransaction> searchTransactions(Caller caller, WalletTransactionFilter filter, PageRequest page);
}
