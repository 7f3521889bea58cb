package io.flexprice.ports.out.wallet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The wallets' ledger. Append-only: entries are inserted and never deleted, and what an entry records never
 * changes; {@link #update} changes only what the domain lets change (a credit's credits available, a pending
 * entry's settlement).
 */
public interface WalletTransactionRepository {

    /**
     * Stores a new entry.
     *
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.idempotency_key_reused}) if an entry of
     *     the scope has the same idempotency key
     */
    void insert(WalletTransaction transaction);

    /**
     * Records the changeable part of a stored entry: {@code creditsAvailable}, and for a pending entry its
     * settlement ({@code transactionStatus}, {@code creditBalanceBefore}, {@code creditBalanceAfter}), with its
     * audit. Every other field keeps its stored value.
     *
     * @throws IllegalStateException if the entry is not stored in its scope, or a settled entry's settlement changes
     */
    void update(WalletTransaction transaction);

    Optional<WalletTransaction> findById(Scope scope, WalletTransactionId id);

    Optional<WalletTransaction> findByIdempotencyKey(Scope scope, String idempotencyKey);

    /** The wallet's completed credit entries with credits available, expired or not, oldest first. */
    List<WalletTransaction> findOpenCredits(Scope scope, WalletId walletId);

    /** The pending entries that name this reference, oldest first. */
    List<WalletTransaction> findPending(Scope scope, WalletTxReferenceType referenceType, String referenceId);

    /** The wallets of the scope with an open credit entry expired at {@code now} (expiry at or before it). */
    List<WalletId> findWalletsWithExpiredCredits(Scope scope, Instant now);

    /** Every scope, of every tenant, with an open credit entry expired at {@code now}: for the expiry run. */
    List<Scope> findScopesWithExpiredCreditsAcrossTenants(Instant now);

    /** Matching entries by creation time (then id) in the order the page asks. */
    Page<WalletTransaction> search(Scope scope, WalletTransactionFilter filter, PageRequest page);
}
