package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.Fixtures.NOW;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.testing.Callers;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeWalletRepository;
import io.flexprice.ports.testing.FakeWalletTransactionRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.RecordingTopUpInvoicer;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/** Every wallet service over the same fakes and one test clock, with shortcuts for the usual calls. */
final class WalletWorld {

    static final Currency USD = Currency.getInstance("USD");

    final TestClock clock = new TestClock(NOW);
    final FakeWalletRepository wallets = new FakeWalletRepository();
    final FakeWalletTransactionRepository entries = new FakeWalletTransactionRepository();
    final FakeCustomerRepository customers = new FakeCustomerRepository();
    final SequentialIdGenerator ids = new SequentialIdGenerator();
    final ImmediateTransactions transactions = new ImmediateTransactions();
    final RecordingTopUpInvoicer invoicer = new RecordingTopUpInvoicer();
    final Caller caller = Callers.aCaller().build();

    final TopUpWalletService topUps = new TopUpWalletService(wallets, entries, invoicer, transactions, ids, clock);
    final DebitWalletService debits = new DebitWalletService(wallets, entries, invoicer, transactions, ids, clock);
    final ExpireWalletCreditsService expiry = new ExpireWalletCreditsService(wallets, entries, invoicer, transactions,
            ids);
    final SettlePurchasedTopUpsService settlements = new SettlePurchasedTopUpsService(wallets, entries, invoicer,
            transactions, ids, clock);
    final ApplyWalletCreditsService application = new ApplyWalletCreditsService(wallets, entries, invoicer,
            transactions, ids, clock);

    static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    /** Adds free credits, expiring at {@code expiry} (null: never), with {@code priority} (null: none). */
    TopUpResult grant(Wallet wallet, String credits, Instant expiry, Integer priority) {
        return topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of(credits), null,
                TransactionReason.FREE_CREDIT_GRANT, null, null, expiry, priority, null));
    }

    WalletTransaction debit(Wallet wallet, String amount) {
        return debits.debit(caller, wallet.id(), DebitWalletCommand.of(usd(amount),
                TransactionReason.MANUAL_BALANCE_DEBIT, null, null, null, null, null));
    }

    Wallet stored(Wallet wallet) {
        return wallets.stored(wallet.id());
    }

    /** The wallet's ledger, oldest first. */
    List<WalletTransaction> ledger(WalletId id) {
        return entries.of(id);
    }

    /** The sum of the credits available in the wallet's open credit entries: what its balance must be. */
    Credits openCredits(Wallet wallet) {
        return entries.findOpenCredits(wallet.scope(), wallet.id()).stream().map(WalletTransaction::creditsAvailable)
                .reduce(Credits.ZERO, Credits::plus);
    }

    List<WalletTransaction> search(WalletTransactionFilter filter) {
        return entries.search(caller.scope(), filter, PageRequest.first(100)).items();
    }
}
