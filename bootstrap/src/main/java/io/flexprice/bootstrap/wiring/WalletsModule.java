package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.wallet.ApplyWalletCreditsService;
import io.flexprice.ports.application.wallet.DebitWalletService;
import io.flexprice.ports.application.wallet.ExpireWalletCreditsService;
import io.flexprice.ports.application.wallet.FindWalletsService;
import io.flexprice.ports.application.wallet.ManageWalletsService;
import io.flexprice.ports.application.wallet.SettlePurchasedTopUpsService;
import io.flexprice.ports.application.wallet.TopUpInvoicesNotConnected;
import io.flexprice.ports.application.wallet.TopUpWalletService;
import io.flexprice.ports.application.wallet.UnbilledUsageNotConnected;
import io.flexprice.ports.in.wallet.ApplyWalletCreditsUseCase;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.SettlePurchasedTopUpsUseCase;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;

/** Wallets: the ledger, top-ups, debits, expiry and the credits applied to invoices. Installed by {@link CoreModule}. */
final class WalletsModule extends AbstractModule {

    /**
     * Purchased top-ups until invoices are connected: recorded PENDING, with no invoice, and never usable unpaid.
     * The lead replaces this binding with a TopUpInvoicer over the invoices (a one-off invoice per top-up).
     */
    @Provides
    @Singleton
    TopUpInvoicer topUpInvoicer() {
        return new TopUpInvoicesNotConnected();
    }

    /** No unbilled usage until subscriptions are connected: a real-time balance is the balance. */
    @Provides
    @Singleton
    UnbilledUsage unbilledUsage() {
        return new UnbilledUsageNotConnected();
    }

    @Provides
    @Singleton
    ManageWalletsUseCase manageWallets(WalletRepository wallets, WalletTransactionRepository entries,
                                       CustomerRepository customers, TopUpInvoicer invoicer,
                                       Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageWalletsService(wallets, entries, customers, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindWalletsQuery findWallets(WalletRepository wallets, WalletTransactionRepository entries,
                                 CustomerRepository customers, UnbilledUsage unbilledUsage, Clock clock) {
        return new FindWalletsService(wallets, entries, customers, unbilledUsage, clock);
    }

    @Provides
    @Singleton
    TopUpWalletUseCase topUpWallet(WalletRepository wallets, WalletTransactionRepository entries,
                                   TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids, Clock clock) {
        return new TopUpWalletService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    DebitWalletUseCase debitWallet(WalletRepository wallets, WalletTransactionRepository entries,
                                   TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids, Clock clock) {
        return new DebitWalletService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ExpireWalletCreditsUseCase expireWalletCredits(WalletRepository wallets, WalletTransactionRepository entries,
                                                   TopUpInvoicer invoicer, Transactions transactions,
                                                   IdGenerator ids) {
        return new ExpireWalletCreditsService(wallets, entries, invoicer, transactions, ids);
    }

    @Provides
    @Singleton
    SettlePurchasedTopUpsUseCase settlePurchasedTopUps(WalletRepository wallets, WalletTransactionRepository entries,
                                                       TopUpInvoicer invoicer, Transactions transactions,
                                                       IdGenerator ids, Clock clock) {
        return new SettlePurchasedTopUpsService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ApplyWalletCreditsUseCase applyWalletCredits(WalletRepository wallets, WalletTransactionRepository entries,
                                                 TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids,
                                                 Clock clock) {
        return new ApplyWalletCreditsService(wallets, entries, invoicer, transactions, ids, clock);
    }
}
