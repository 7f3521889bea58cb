package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.wallet.ApplyWalletCreditsService;
import io.flexprice.ports.application.wallet.DebitWalletService;
import io.flexprice.ports.application.wallet.ExpireWalletCreditsService;
import io.flexprice.ports.application.wallet.FindWalletsService;
import io.flexprice.ports.application.wallet.InvoicedTopUps;
import io.flexprice.ports.application.wallet.ManageWalletsService;
import io.flexprice.ports.application.wallet.SettlePurchasedTopUpsService;
import io.flexprice.ports.application.wallet.SubscriptionsUnbilledUsage;
import io.flexprice.ports.application.wallet.TopUpWalletService;
import io.flexprice.ports.application.wallet.WalletCreditsPayments;
import io.flexprice.ports.application.wallet.WalletPrepaidCredits;
import io.flexprice.ports.application.wallet.WalletTopUpSettlements;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
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
import io.flexprice.ports.out.invoice.InvoiceSettlements;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;

/** Wallets: the ledger, top-ups, debits, expiry and the credits applied to invoices. Installed by {@link CoreModule}. */
final class WalletsModule extends AbstractModule {

    /**
     * Purchased top-ups are invoiced: a finalized one-off invoice per top-up. The invoices come through a provider,
     * since they pay and settle through wallets ({@link #creditsPayments}, {@link #invoiceSettlements}).
     */
    @Provides
    @Singleton
    TopUpInvoicer topUpInvoicer(Provider<ManageInvoicesUseCase> invoices) {
        return new InvoicedTopUps(invoices::get);
    }

    /** The unbilled usage of a customer's live subscriptions in their current periods. */
    @Provides
    @Singleton
    UnbilledUsage unbilledUsage(FindSubscriptionsQuery subscriptions) {
        return new SubscriptionsUnbilledUsage(subscriptions);
    }

    /** CREDITS payments and attempts to pay an invoice debit the customer's wallets. */
    @Provides
    @Singleton
    CreditsPayments creditsPayments(WalletRepository wallets, DebitWalletUseCase debits) {
        return new WalletCreditsPayments(wallets, debits);
    }

    /** A subscription invoice is paid with the customer's prepaid credits when it is finalized (before taxes). */
    @Provides
    @Singleton
    PrepaidCredits prepaidCredits(ApplyWalletCreditsUseCase wallets) {
        return new WalletPrepaidCredits(wallets);
    }

    /** An invoice paid in full or voided settles the purchased top-ups invoiced on it. */
    @Provides
    @Singleton
    InvoiceSettlements invoiceSettlements(SettlePurchasedTopUpsUseCase settle) {
        return new WalletTopUpSettlements(settle);
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
