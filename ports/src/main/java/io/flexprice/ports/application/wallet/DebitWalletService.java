package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.Debit;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class DebitWalletService implements DebitWalletUseCase {

    private final Transactions transactions;
    private final Clock clock;
    private final WalletBook book;

    public DebitWalletService(WalletRepository wallets, WalletTransactionRepository entries, TopUpInvoicer invoicer,
                              Transactions transactions, IdGenerator ids, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    @Override
    public WalletTransaction debit(Caller caller, WalletId id, DebitWalletCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Wallet wallet = book.locked(caller.scope(), id);
            Debit debit = new Debit(c.amount() == null ? null
                    : new Money(c.amount(), c.currency() == null ? wallet.currency() : c.currency()), c.reason(),
                    c.referenceType(), c.referenceId(), c.description(), Metadata.of(c.metadata()), c.idempotencyKey());
            Optional<WalletTransaction> first = book.replay(caller.scope(), debit.idempotencyKey(),
                    entry -> entry.walletId().equals(id) && entry.type() == TransactionType.DEBIT
                            && entry.reason() == debit.reason() && entry.amount().equals(debit.amount()));
            if (first.isPresent()) {
                return first.get();
            }
            wallet.requireActive();
            Wallet current = book.afterExpiry(wallet, now, caller.actor());
            Posting posting = WalletLedger.debit(current, book.openCredits(current), book.newId(), debit, now,
                    caller.actor());
            book.autoTopUpIfDue(book.insert(posting, current), now, caller.actor());
            return posting.transaction();
        });
    }
}
