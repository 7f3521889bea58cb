package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.SettlePurchasedTopUpsUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class SettlePurchasedTopUpsService implements SettlePurchasedTopUpsUseCase {

    private final WalletTransactionRepository entries;
    private final Transactions transactions;
    private final Clock clock;
    private final WalletBook book;

    public SettlePurchasedTopUpsService(WalletRepository wallets, WalletTransactionRepository entries,
                                        TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids,
                                        Clock clock) {
        this.entries = entries;
        this.transactions = transactions;
        this.clock = clock;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    @Override
    public List<WalletTransaction> settleInvoice(Caller caller, String invoiceId, boolean paid) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            List<WalletTransaction> settled = new ArrayList<>();
            for (WalletTransaction pending : entries.findPending(caller.scope(), WalletTxReferenceType.INVOICE,
                    invoiceId)) {
                settled.add(settleLocked(caller, pending.id(), paid, now));
            }
            return List.copyOf(settled);
        });
    }

    @Override
    public WalletTransaction settle(Caller caller, WalletTransactionId id, boolean paid) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> settleLocked(caller, id, paid, now));
    }

    /** Locks the entry's wallet, then reads the entry again: another unit of work may have settled it meanwhile. */
    private WalletTransaction settleLocked(Caller caller, WalletTransactionId id, boolean paid, Instant now) {
        WalletTransaction entry = find(caller, id);
        Wallet wallet = book.locked(caller.scope(), entry.walletId());
        entry = find(caller, id);
        if (entry.transactionStatus() != TransactionStatus.PENDING) {
            return entry;
        }
        Posting posting = WalletLedger.settle(wallet, entry, paid, now, caller.actor());
        book.settle(posting, wallet);
        return posting.transaction();
    }

    private WalletTransaction find(Caller caller, WalletTransactionId id) {
        return entries.findById(caller.scope(), id).orElseThrow(() -> new NotFoundException(
                ErrorCode.WALLET_TRANSACTION_NOT_FOUND, "wallet transaction " + id + " not found"));
    }
}
