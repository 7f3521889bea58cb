package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TopUp;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

public final class TopUpWalletService implements TopUpWalletUseCase {

    private final Transactions transactions;
    private final Clock clock;
    private final WalletBook book;

    public TopUpWalletService(WalletRepository wallets, WalletTransactionRepository entries, TopUpInvoicer invoicer,
                              Transactions transactions, IdGenerator ids, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    @Override
    public TopUpResult topUp(Caller caller, WalletId id, TopUpWalletCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Wallet wallet = book.locked(caller.scope(), id);
            Optional<WalletTransaction> first = book.replay(caller.scope(), c.idempotencyKey(),
                    entry -> entry.walletId().equals(id) && entry.type() == TransactionType.CREDIT
                            && entry.reason() == c.reason() && entry.creditAmount().equals(credits(wallet, c)));
            if (first.isPresent()) {
                WalletTransaction entry = first.get();
                return new TopUpResult(wallet, entry,
                        entry.referenceType() == WalletTxReferenceType.INVOICE ? entry.referenceId() : null);
            }
            wallet.requireActive();
            TopUp topUp = new TopUp(credits(wallet, c), c.reason(), false,
                    c.idempotencyKey() == null ? null : WalletTxReferenceType.EXTERNAL, c.idempotencyKey(),
                    c.description(), Metadata.of(c.metadata()), c.expiryDate(), c.priority(), c.idempotencyKey());
            return book.topUp(book.afterExpiry(wallet, now, caller.actor()), topUp, now, caller.actor());
        });
    }

    /** The credits asked for: given, or what the amount buys at the top-up conversion rate (null if neither). */
    private static Credits credits(Wallet wallet, TopUpWalletCommand c) {
        if (c.credits() != null) {
            return c.credits();
        }
        if (c.amount() == null) {
            return null;
        }
        Money amount = new Money(c.amount(), wallet.currency());
        new Violations().require(amount.amount().signum() > 0, "amount", "must be greater than zero").throwIfAny();
        return wallet.topupConversionRate().creditsBoughtWith(amount);
    }
}
