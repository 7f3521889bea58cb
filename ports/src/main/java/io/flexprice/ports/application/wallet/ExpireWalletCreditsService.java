package io.flexprice.ports.application.wallet;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class ExpireWalletCreditsService implements ExpireWalletCreditsUseCase {

    private final WalletTransactionRepository entries;
    private final Transactions transactions;
    private final WalletBook book;

    public ExpireWalletCreditsService(WalletRepository wallets, WalletTransactionRepository entries,
                                      TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids) {
        this.entries = entries;
        this.transactions = transactions;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    @Override
    public List<WalletTransaction> expire(Caller caller, Instant now) {
        List<WalletTransaction> expired = new ArrayList<>();
        for (WalletId id : entries.findWalletsWithExpiredCredits(caller.scope(), now)) {
            expired.addAll(transactions.inTransaction(() -> {
                Wallet wallet = book.locked(caller.scope(), id);
                List<Posting> postings = book.expireDue(wallet, now, caller.actor());
                if (!postings.isEmpty()) {
                    book.autoTopUpIfDue(postings.get(postings.size() - 1).wallet(), now, caller.actor());
                }
                return postings.stream().map(Posting::transaction).toList();
            }));
        }
        return List.copyOf(expired);
    }

    @Override
    public List<WalletTransaction> expireInEveryScope(Instant now) {
        List<WalletTransaction> expired = new ArrayList<>();
        for (Scope scope : entries.findScopesWithExpiredCreditsAcrossTenants(now)) {
            expired.addAll(expire(new Caller(scope, SYSTEM_ACTOR), now));
        }
        return List.copyOf(expired);
    }
}
