package io.flexprice.ports.out.wallet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import java.util.List;
import java.util.Optional;

public interface WalletRepository {

    /**
     * Stores a new wallet.
     *
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.already_active}) if the customer has an
     *     active wallet of the same currency and type
     */
    void insert(Wallet wallet);

    /** Replaces a stored wallet (its balance too); same rule as {@link #insert}. */
    void update(Wallet wallet);

    /** The wallet whatever its status, as last committed; for reading, never for changing its balance. */
    Optional<Wallet> findById(Scope scope, WalletId id);

    /**
     * The wallet, locked until the calling unit of work ({@link io.flexprice.ports.out.common.Transactions}) ends:
     * another unit of work locking it waits until then, and then reads what this one wrote. Every change of a
     * wallet's balance reads the wallet through this lock, so concurrent changes are serialised and none works on
     * a stale balance. Call it inside a unit of work only.
     */
    Optional<Wallet> lockById(Scope scope, WalletId id);

    /** The customer's wallets, whatever their status, oldest first. */
    List<Wallet> findByCustomer(Scope scope, CustomerId customerId);

    /** Matching wallets by creation time (then id) in the order the page asks. */
    Page<Wallet> search(Scope scope, WalletFilter filter, PageRequest page);
}
