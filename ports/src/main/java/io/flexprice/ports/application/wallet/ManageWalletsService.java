package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TopUp;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.UpdateWalletCommand;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;

public final class ManageWalletsService implements ManageWalletsUseCase {

    static final String WALLET_PREFIX = "wallet";

    private final WalletRepository wallets;
    private final CustomerRepository customers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;
    private final WalletBook book;

    public ManageWalletsService(WalletRepository wallets, WalletTransactionRepository entries,
                                CustomerRepository customers, TopUpInvoicer invoicer, Transactions transactions,
                                IdGenerator ids, Clock clock) {
        this.wallets = wallets;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    /** Every invalid field is reported at once, before anything is stored. */
    @Override
    public Wallet create(Caller caller, CreateWalletCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Customer customer = CustomerLookup.live(customers, caller.scope(), c.customer());
            Credits initial = c.initialCredits() == null ? Credits.ZERO : c.initialCredits();
            Violations invalid = new Violations()
                    .require(c.currency() != null, "currency", "is required")
                    .require(!initial.isNegative(), "initial_credits_to_load", "must not be negative")
                    .require(c.initialCreditsExpiry() == null || c.initialCreditsExpiry().isAfter(now),
                            "initial_credits_expiry_date_utc", "must be in the future");
            Wallet wallet = c.currency() == null ? null : invalid.collect(() -> new Wallet(
                    new WalletId(ids.newId(WALLET_PREFIX)), caller.scope(), customer.id(), c.name(), c.description(),
                    c.currency(), c.type() == null ? WalletType.PRE_PAID : c.type(), WalletStatus.ACTIVE,
                    c.conversionRate() == null ? ConversionRate.ONE : c.conversionRate(), c.topupConversionRate(),
                    Credits.ZERO, c.config(), c.autoTopUp(), null, Metadata.of(c.metadata()), Status.PUBLISHED,
                    Audit.createdBy(caller.actor(), now)));
            invalid.throwIfAny();
            wallets.insert(wallet);
            if (!initial.isPositive()) {
                return wallet;
            }
            return book.insert(WalletLedger.topUp(wallet, book.newId(), TopUp.free(initial, c.initialCreditsExpiry(),
                    "Initial credits"), now, caller.actor()), wallet);
        });
    }

    @Override
    public Wallet update(Caller caller, WalletId id, UpdateWalletCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Wallet current = book.locked(caller.scope(), id);
            String name = c.name() != null ? c.name() : current.name();
            String description = c.description() != null ? c.description() : current.description();
            Wallet.validate(name, description);
            Wallet updated = current.withDetails(name, description,
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    c.config() == null ? current.config() : c.config(),
                    c.autoTopUp() == null ? current.autoTopUp() : c.autoTopUp(),
                    current.audit().updatedBy(caller.actor(), now));
            wallets.update(updated);
            return updated;
        });
    }

    @Override
    public Wallet terminate(Caller caller, WalletId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Wallet current = book.locked(caller.scope(), id);
            if (current.walletStatus() != WalletStatus.CLOSED) {
                current = book.afterExpiry(current, now, caller.actor());
            }
            WalletLedger.Termination done = WalletLedger.terminate(current, book.openCredits(current), book.newId(),
                    now, caller.actor());
            if (done.debit() != null) {
                book.insert(done.debit(), current);
            }
            wallets.update(done.wallet());
            return done.wallet();
        });
    }
}
