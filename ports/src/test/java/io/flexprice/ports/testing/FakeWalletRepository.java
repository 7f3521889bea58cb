package io.flexprice.ports.testing;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Wallets in a map; one active wallet per customer, currency and type, as the port says. Records the locks taken. */
public final class FakeWalletRepository implements WalletRepository {

    private final Map<List<Object>, Wallet> wallets = new LinkedHashMap<>();
    private final List<WalletId> locked = new ArrayList<>();

    @Override
    public void insert(Wallet wallet) {
        if (wallets.containsKey(key(wallet.scope(), wallet.id()))) {
            throw new IllegalStateException("wallet " + wallet.id() + " is already stored");
        }
        requireNoOtherActive(wallet);
        wallets.put(key(wallet.scope(), wallet.id()), wallet);
    }

    @Override
    public void update(Wallet wallet) {
        if (!wallets.containsKey(key(wallet.scope(), wallet.id()))) {
            throw new IllegalStateException("wallet " + wallet.id() + " is not stored");
        }
        requireNoOtherActive(wallet);
        wallets.put(key(wallet.scope(), wallet.id()), wallet);
    }

    @Override
    public Optional<Wallet> findById(Scope scope, WalletId id) {
        return Optional.ofNullable(wallets.get(key(scope, id)));
    }

    @Override
    public Optional<Wallet> lockById(Scope scope, WalletId id) {
        locked.add(id);
        return findById(scope, id);
    }

    @Override
    public List<Wallet> findByCustomer(Scope scope, CustomerId customerId) {
        return wallets.values().stream()
                .filter(w -> w.scope().equals(scope) && w.customerId().equals(customerId)).toList();
    }

    @Override
    public Page<Wallet> search(Scope scope, WalletFilter filter, PageRequest page) {
        return Pages.of(wallets.values().stream()
                .filter(w -> w.scope().equals(scope))
                .filter(w -> Pages.matchesAny(filter.walletIds(), w.id().value()))
                .filter(w -> Pages.matchesAny(filter.customerIds(), w.customerId().value()))
                .filter(w -> filter.walletStatus() == null || filter.walletStatus() == w.walletStatus())
                .toList(), page);
    }

    /** Stores a wallet as a test's starting state. */
    public Wallet add(Wallet wallet) {
        insert(wallet);
        return wallet;
    }

    /** The stored version. */
    public Wallet stored(WalletId id) {
        return wallets.values().stream().filter(w -> w.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("wallet " + id + " is not stored"));
    }

    /** Every wallet locked, in order. */
    public List<WalletId> locked() {
        return List.copyOf(locked);
    }

    private void requireNoOtherActive(Wallet wallet) {
        boolean taken = wallet.isActive() && wallets.values().stream().anyMatch(other ->
                other.scope().equals(wallet.scope()) && !other.id().equals(wallet.id()) && other.isActive()
                        && other.customerId().equals(wallet.customerId())
                        && other.currency().equals(wallet.currency()) && other.type() == wallet.type());
        if (taken) {
            throw new ConflictException(ErrorCode.WALLET_ALREADY_ACTIVE, "the customer already has an active wallet");
        }
    }

    private static List<Object> key(Scope scope, WalletId id) {
        return List.of(scope, id);
    }
}
