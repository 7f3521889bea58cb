package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import java.time.Instant;
import java.util.List;

/** The SQL is in WalletTransactionMapper.xml. */
interface WalletTransactionMapper {

    int insert(WalletTransactionRow row);

    int update(WalletTransactionRow row);

    WalletTransactionRow findById(Scope scope, WalletTransactionId id);

    WalletTransactionRow findByIdempotencyKey(Scope scope, String idempotencyKey);

    List<WalletTransactionRow> findOpenCredits(Scope scope, WalletId walletId);

    List<WalletTransactionRow> findPending(Scope scope, String referenceType, String referenceId);

    List<String> findWalletsWithExpiredCredits(Scope scope, Instant now);

    List<ScopeKeyRow> findScopesWithExpiredCredits(Instant now);

    List<WalletTransactionRow> search(Scope scope, WalletTransactionFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, WalletTransactionFilter filter, SearchColumns.Sql conditions);
}
