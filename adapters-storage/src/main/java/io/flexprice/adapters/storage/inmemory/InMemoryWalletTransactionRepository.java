package io.flexprice.adapters.storage.inmemory;

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
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ledger in memory, per scope. Writes are serialised, so an idempotency key is checked and taken in one step;
 * {@link #update} keeps every stored field but the changeable ones, as the port says.
 */
public final class InMemoryWalletTransactionRepository implements WalletTransactionRepository {

    private static final Comparator<WalletTransaction> OLDEST_FIRST =
            Comparator.comparing((WalletTransaction t) -> t.audit().createdAt()).thenComparing(t -> t.id().value());

    private final Partitions<Scope, WalletTransactionId, WalletTransaction> entries = new Partitions<>();

    @Inject
    public InMemoryWalletTransactionRepository() {
    }

    @Override
    public synchronized void insert(WalletTransaction transaction) {
        if (transaction.idempotencyKey() != null
                && findByIdempotencyKey(transaction.scope(), transaction.idempotencyKey()).isPresent()) {
            throw new ConflictException(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED, "idempotency key "
                    + transaction.idempotencyKey() + " was used for another wallet transaction");
        }
        entries.insert(transaction.scope(), transaction.id(), transaction);
    }

    @Override
    public synchronized void update(WalletTransaction t) {
        WalletTransaction stored = entries.find(t.scope(), t.id()).orElseThrow(() -> new IllegalStateException(
                t.scope() + " has no wallet transaction " + t.id() + " to update"));
        boolean pending = stored.transactionStatus() == TransactionStatus.PENDING;
        if (!pending && stored.transactionStatus() != t.transactionStatus()) {
            throw new IllegalStateException("wallet transaction " + t.id() + " is settled already");
        }
        entries.replace(t.scope(), t.id(), new WalletTransaction(stored.id(), stored.scope(), stored.walletId(),
                stored.customerId(), stored.type(), stored.creditAmount(), stored.amount(),
                pending ? t.creditBalanceBefore() : stored.creditBalanceBefore(),
                pending ? t.creditBalanceAfter() : stored.creditBalanceAfter(),
                pending ? t.transactionStatus() : stored.transactionStatus(), stored.reason(), stored.referenceType(),
                stored.referenceId(), stored.description(), stored.metadata(), stored.expiryDate(), stored.priority(),
                t.creditsAvailable(), stored.idempotencyKey(), stored.conversionRate(), stored.topupConversionRate(),
                stored.consumptions(), stored.status(), stored.audit().updatedBy(t.audit().updatedBy(),
                t.audit().updatedAt())));
    }

    @Override
    public Optional<WalletTransaction> findById(Scope scope, WalletTransactionId id) {
        return entries.find(scope, id);
    }

    @Override
    public Optional<WalletTransaction> findByIdempotencyKey(Scope scope, String idempotencyKey) {
        return entries.all(scope).stream().filter(t -> idempotencyKey.equals(t.idempotencyKey())).findFirst();
    }

    @Override
    public List<WalletTransaction> findOpenCredits(Scope scope, WalletId walletId) {
        return entries.all(scope).stream().filter(t -> t.walletId().equals(walletId) && t.isOpenCredit())
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<WalletTransaction> findPending(Scope scope, WalletTxReferenceType referenceType, String referenceId) {
        return entries.all(scope).stream()
                .filter(t -> t.transactionStatus() == TransactionStatus.PENDING && t.referenceType() == referenceType
                        && Objects.equals(t.referenceId(), referenceId))
                .sorted(OLDEST_FIRST).toList();
    }

    @Override
    public List<WalletId> findWalletsWithExpiredCredits(Scope scope, Instant now) {
        return entries.all(scope).stream().filter(t -> t.creditsAvailable().isPositive() && t.isExpiredAt(now))
                .map(WalletTransaction::walletId).distinct().sorted(Comparator.comparing(WalletId::value)).toList();
    }

    @Override
    public List<Scope> findScopesWithExpiredCreditsAcrossTenants(Instant now) {
        return entries.everyOwner().filter(t -> t.creditsAvailable().isPositive() && t.isExpiredAt(now))
                .map(WalletTransaction::scope).distinct()
                .sorted(Comparator.comparing((Scope s) -> s.tenantId().value())
                        .thenComparing(s -> s.environmentId().value()))
                .toList();
    }

    @Override
    public Page<WalletTransaction> search(Scope scope, WalletTransactionFilter filter, PageRequest page) {
        return Listings.page(entries.all(scope).stream().filter(t -> matches(filter, t)),
                WalletTransactionFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), t -> t.audit().createdAt(), t -> t.id().value()), page);
    }

    private static boolean matches(WalletTransactionFilter f, WalletTransaction t) {
        return Listings.matchesAny(f.walletIds(), t.walletId().value())
                && Listings.matchesAny(f.transactionIds(), t.id().value())
                && Listings.matches(f.type(), t.type())
                && Listings.matches(f.reason(), t.reason())
                && Listings.matches(f.transactionStatus(), t.transactionStatus())
                && Listings.matches(f.referenceType(), t.referenceType())
                && Listings.matches(f.referenceId(), t.referenceId())
                && (f.createdFrom() == null || !t.audit().createdAt().isBefore(f.createdFrom()))
                && (f.createdBefore() == null || t.audit().createdAt().isBefore(f.createdBefore()))
                && (f.expiryDateAfter() == null || t.expiryDate() != null && t.expiryDate().isAfter(f.expiryDateAfter()))
                && (f.expiryDateBefore() == null
                        || t.expiryDate() != null && t.expiryDate().isBefore(f.expiryDateBefore()))
                && (f.creditsAvailableAbove() == null || t.creditsAvailable().compareTo(f.creditsAvailableAbove()) > 0)
                && (f.priority() == null || f.priority().equals(t.priority()))
                && (f.createdBy() == null || f.createdBy().equals(t.audit().createdBy()));
    }
}
