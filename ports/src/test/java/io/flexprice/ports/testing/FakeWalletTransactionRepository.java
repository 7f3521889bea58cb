package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The ledger in a map, in insertion order; idempotency keys unique per scope, updates of the changeable part only. */
public final class FakeWalletTransactionRepository implements WalletTransactionRepository {

    private final Map<List<Object>, WalletTransaction> entries = new LinkedHashMap<>();

    @Override
    public void insert(WalletTransaction transaction) {
        if (entries.containsKey(key(transaction.scope(), transaction.id()))) {
            throw new IllegalStateException("entry " + transaction.id() + " is already stored");
        }
        if (transaction.idempotencyKey() != null
                && findByIdempotencyKey(transaction.scope(), transaction.idempotencyKey()).isPresent()) {
            throw new ConflictException(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED, "key taken");
        }
        entries.put(key(transaction.scope(), transaction.id()), transaction);
    }

    @Override
    public void update(WalletTransaction t) {
        WalletTransaction stored = entries.get(key(t.scope(), t.id()));
        if (stored == null) {
            throw new IllegalStateException("entry " + t.id() + " is not stored");
        }
        if (stored.transactionStatus() != TransactionStatus.PENDING
                && stored.transactionStatus() != t.transactionStatus()) {
            throw new IllegalStateException("entry " + t.id() + " is settled already");
        }
        boolean pending = stored.transactionStatus() == TransactionStatus.PENDING;
        entries.put(key(t.scope(), t.id()), new WalletTransaction(stored.id(), stored.scope(), stored.walletId(),
                stored.customerId(), stored.type(), stored.creditAmount(), stored.amount(),
                pending ? t.creditBalanceBefore() : stored.creditBalanceBefore(),
                pending ? t.creditBalanceAfter() : stored.creditBalanceAfter(), t.transactionStatus(),
                stored.reason(), stored.referenceType(),
                stored.referenceId(), stored.description(), stored.metadata(), stored.expiryDate(), stored.priority(),
                t.creditsAvailable(), stored.idempotencyKey(), stored.conversionRate(), stored.topupConversionRate(),
                stored.consumptions(), stored.status(), t.audit()));
    }

    @Override
    public Optional<WalletTransaction> findById(Scope scope, WalletTransactionId id) {
        return Optional.ofNullable(entries.get(key(scope, id)));
    }

    @Override
    public Optional<WalletTransaction> findByIdempotencyKey(Scope scope, String idempotencyKey) {
        return entries.values().stream()
                .filter(t -> t.scope().equals(scope) && idempotencyKey.equals(t.idempotencyKey())).findFirst();
    }

    @Override
    public List<WalletTransaction> findOpenCredits(Scope scope, WalletId walletId) {
        return entries.values().stream()
                .filter(t -> t.scope().equals(scope) && t.walletId().equals(walletId) && t.isOpenCredit()).toList();
    }

    @Override
    public List<WalletTransaction> findPending(Scope scope, WalletTxReferenceType referenceType, String referenceId) {
        return entries.values().stream()
                .filter(t -> t.scope().equals(scope) && t.transactionStatus() == TransactionStatus.PENDING
                        && t.referenceType() == referenceType && Objects.equals(t.referenceId(), referenceId))
                .toList();
    }

    @Override
    public List<WalletId> findWalletsWithExpiredCredits(Scope scope, Instant now) {
        return entries.values().stream()
                .filter(t -> t.scope().equals(scope) && t.isOpenCredit() && t.isExpiredAt(now))
                .map(WalletTransaction::walletId).distinct().toList();
    }

    @Override
    public List<Scope> findScopesWithExpiredCreditsAcrossTenants(Instant now) {
        return entries.values().stream().filter(t -> t.isOpenCredit() && t.isExpiredAt(now))
                .map(WalletTransaction::scope).distinct().toList();
    }

    @Override
    public Page<WalletTransaction> search(Scope scope, WalletTransactionFilter f, PageRequest page) {
        return Pages.of(entries.values().stream()
                .filter(t -> t.scope().equals(scope))
                .filter(t -> Pages.matchesAny(f.walletIds(), t.walletId().value()))
                .filter(t -> Pages.matchesAny(f.transactionIds(), t.id().value()))
                .filter(t -> f.type() == null || f.type() == t.type())
                .filter(t -> f.reason() == null || f.reason() == t.reason())
                .filter(t -> f.transactionStatus() == null || f.transactionStatus() == t.transactionStatus())
                .toList(), page);
    }

    /** Every entry of the wallet, oldest first. */
    public List<WalletTransaction> of(WalletId walletId) {
        return entries.values().stream().filter(t -> t.walletId().equals(walletId)).toList();
    }

    public List<WalletTransaction> all() {
        return List.copyOf(entries.values());
    }

    private static List<Object> key(Scope scope, WalletTransactionId id) {
        return List.of(scope, id);
    }
}
