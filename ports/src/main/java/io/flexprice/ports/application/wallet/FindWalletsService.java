package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletBalance;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class FindWalletsService implements FindWalletsQuery {

    private final WalletRepository wallets;
    private final WalletTransactionRepository entries;
    private final CustomerRepository customers;
    private final UnbilledUsage unbilledUsage;
    private final Clock clock;

    public FindWalletsService(WalletRepository wallets, WalletTransactionRepository entries,
                              CustomerRepository customers, UnbilledUsage unbilledUsage, Clock clock) {
        this.wallets = wallets;
        this.entries = entries;
        this.customers = customers;
        this.unbilledUsage = unbilledUsage;
        this.clock = clock;
    }

    @Override
    public Wallet get(Caller caller, WalletId id) {
        return WalletBook.found(wallets, caller.scope(), id);
    }

    @Override
    public Page<Wallet> search(Caller caller, WalletFilter filter, PageRequest page) {
        return wallets.search(caller.scope(), filter, page);
    }

    @Override
    public List<Wallet> forCustomer(Caller caller, CustomerRef customer) {
        Customer found = CustomerLookup.live(customers, caller.scope(), customer);
        return wallets.findByCustomer(caller.scope(), found.id());
    }

    @Override
    public WalletBalance balance(Caller caller, WalletId id) {
        return balanceOf(get(caller, id), clock.instant());
    }

    @Override
    public List<WalletBalance> balancesForCustomer(Caller caller, CustomerRef customer) {
        Instant now = clock.instant();
        return forCustomer(caller, customer).stream().map(wallet -> balanceOf(wallet, now)).toList();
    }

    @Override
    public Page<WalletTransaction> transactions(Caller caller, WalletId id, WalletTransactionFilter filter,
                                                PageRequest page) {
        Wallet wallet = get(caller, id);
        return entries.search(caller.scope(), filter.ofWallet(wallet.id().value()), page);
    }

    @Override
    public Page<WalletTransaction> searchTransactions(Caller caller, WalletTransactionFilter filter,
                                                      PageRequest page) {
        return entries.search(caller.scope(), filter, page);
    }

    /** Usage is asked for only where it is subtracted: an active wallet that pays usage charges. */
    private WalletBalance balanceOf(Wallet wallet, Instant now) {
        Money usage = wallet.isActive() && wallet.config().allows(PriceType.USAGE)
                ? unbilledUsage.currentPeriod(wallet.scope(), wallet.customerId(), wallet.currency(), now)
                : Money.zero(wallet.currency());
        return WalletBalance.of(wallet, usage, entries.findOpenCredits(wallet.scope(), wallet.id()), now);
    }
}
