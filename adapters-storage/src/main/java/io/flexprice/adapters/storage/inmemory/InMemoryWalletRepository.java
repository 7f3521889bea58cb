package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletRepository;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Wallets in memory, per scope. Writes are serialised, so the rule of one active wallet per customer, currency and
 * type is checked and applied in one step. {@link #lockById} reads the wallet: {@link InMemoryTransactions}' one lock
 * already serialises every unit of work, which is what the port's lock promises.
 */
public final class InMemoryWalletRepository implements WalletRepository {

    private final Partitions<Scope, WalletId, Wallet> wallets = new Partitions<>();

    @Inject
    public InMemoryWalletRepository() {
    }

    @Override
    public synchronized void insert(Wallet wallet) {
        requireNoOtherActive(wallet);
        wallets.insert(wallet.scope(), wallet.id(), wallet);
    }

    @Override
    public synchronized void update(Wallet wallet) {
        requireNoOtherActive(wallet);
        wallets.replace(wallet.scope(), wallet.id(), wallet);
    }

    @Override
    public Optional<Wallet> findById(Scope scope, WalletId id) {
        return wallets.find(scope, id);
    }

    @Override
    public Optional<Wallet> lockById(Scope scope, WalletId id) {
        return wallets.find(scope, id);
    }

    @Override
    public List<Wallet> findByCustomer(Scope scope, CustomerId customerId) {
        return wallets.all(scope).stream().filter(w -> w.customerId().equals(customerId))
                .sorted(Comparator.comparing((Wallet w) -> w.audit().createdAt()).thenComparing(w -> w.id().value()))
                .toList();
    }

    @Override
    public Page<Wallet> search(Scope scope, WalletFilter filter, PageRequest page) {
        return Listings.page(wallets.all(scope).stream().filter(wallet -> matches(filter, wallet)),
                Listings.creationOrder(page.order(), w -> w.audit().createdAt(), w -> w.id().value()), page);
    }

    private static boolean matches(WalletFilter filter, Wallet wallet) {
        return Listings.matchesAny(filter.walletIds(), wallet.id().value())
                && Listings.matchesAny(filter.customerIds(), wallet.customerId().value())
                && Listings.matches(filter.walletStatus(), wallet.walletStatus());
    }

    private void requireNoOtherActive(Wallet wallet) {
        boolean taken = wallet.isActive() && wallets.anyOther(wallet.scope(), wallet.id(), other -> other.isActive()
                && other.customerId().equals(wallet.customerId()) && other.currency().equals(wallet.currency())
                && other.type() == wallet.type());
        if (taken) {
            throw new ConflictException(ErrorCode.WALLET_ALREADY_ACTIVE, "customer " + wallet.customerId()
                    + " already has an active " + wallet.type() + " wallet in " + wallet.currency().getCurrencyCode());
        }
    }
}
