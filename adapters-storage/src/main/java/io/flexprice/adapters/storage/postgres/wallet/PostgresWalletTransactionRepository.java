package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The ledger. Append-only in the database too: the trigger {@code wallet_transactions_append_only} refuses deletes
 * and changes of what an entry records; {@link #update} writes only the changeable columns. The partial unique index
 * {@code wallet_transactions_idempotency_key_idx} keeps idempotency keys unique per scope.
 */
public final class PostgresWalletTransactionRepository implements WalletTransactionRepository {

    private static final SearchColumns<WalletTransaction> COLUMNS = SearchColumns.of(WalletTransactionFilter.FIELDS)
            .with("currency", "lower(currency)");

    private static final String IDEMPOTENCY_KEY = "wallet_transactions_idempotency_key_idx";

    private final WalletTransactionMapper mapper;

    @Inject
    public PostgresWalletTransactionRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(WalletTransactionMapper.class);
    }

    @Override
    public void insert(WalletTransaction transaction) {
        PostgresErrors.rejectingUniqueViolation(IDEMPOTENCY_KEY,
                () -> new ConflictException(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED, "idempotency key "
                        + transaction.idempotencyKey() + " was used for another wallet transaction"),
                () -> mapper.insert(WalletTransactionRow.from(transaction)));
    }

    /**
     * @throws IllegalStateException if the entry is not stored in its scope, or is settled with another status
     */
    @Override
    public void update(WalletTransaction transaction) {
        PostgresErrors.requireOneUpdated(mapper.update(WalletTransactionRow.from(transaction)), transaction.id());
    }

    @Override
    public Optional<WalletTransaction> findById(Scope scope, WalletTransactionId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(WalletTransactionRow::toDomain);
    }

    @Override
    public Optional<WalletTransaction> findByIdempotencyKey(Scope scope, String idempotencyKey) {
        return Optional.ofNullable(mapper.findByIdempotencyKey(scope, idempotencyKey))
                .map(WalletTransactionRow::toDomain);
    }

    @Override
    public List<WalletTransaction> findOpenCredits(Scope scope, WalletId walletId) {
        return mapper.findOpenCredits(scope, walletId).stream().map(WalletTransactionRow::toDomain).toList();
    }

    @Override
    public List<WalletTransaction> findPending(Scope scope, WalletTxReferenceType referenceType, String referenceId) {
        return mapper.findPending(scope, referenceType.name(), referenceId).stream()
                .map(WalletTransactionRow::toDomain).toList();
    }

    @Override
    public List<WalletId> findWalletsWithExpiredCredits(Scope scope, Instant now) {
        return mapper.findWalletsWithExpiredCredits(scope, now).stream().map(WalletId::new).toList();
    }

    @Override
    public List<Scope> findScopesWithExpiredCreditsAcrossTenants(Instant now) {
        return mapper.findScopesWithExpiredCredits(now).stream().map(ScopeKeyRow::toScope).toList();
    }

    @Override
    public Page<WalletTransaction> search(Scope scope, WalletTransactionFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(WalletTransactionRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }
}
