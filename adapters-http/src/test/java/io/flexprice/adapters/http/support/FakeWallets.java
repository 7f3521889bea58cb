package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.CreditConsumption;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletBalance;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.in.wallet.UpdateWalletCommand;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Answers every wallet use case with {@link #aWallet} (12.5 credits at 2 USD: 25 USD) and {@link #aDebit}, records
 * what it was asked; {@code wallet_missing} is not found and a debit of more than 25 is refused.
 */
public final class FakeWallets implements ManageWalletsUseCase, FindWalletsQuery, TopUpWalletUseCase,
        DebitWalletUseCase {

    private static final Currency USD = Currency.getInstance("USD");

    public CreateWalletCommand lastCreate;
    public UpdateWalletCommand lastUpdate;
    public TopUpWalletCommand lastTopUp;
    public DebitWalletCommand lastDebit;
    public WalletFilter lastFilter;
    public WalletTransactionFilter lastTransactionFilter;
    public CustomerRef lastCustomer;
    public PageRequest lastPage;

    public void reset() {
        lastCreate = null;
        lastUpdate = null;
        lastTopUp = null;
        lastDebit = null;
        lastFilter = null;
        lastTransactionFilter = null;
        lastCustomer = null;
        lastPage = null;
    }

    public static Wallet aWallet(String id) {
        return new Wallet(WalletId.of(id), Fixtures.SCOPE, CustomerId.of("cust_1"), "Prepaid", null, USD,
                WalletType.PRE_PAID, WalletStatus.ACTIVE, ConversionRate.of("2"), ConversionRate.of("1.5"),
                Credits.of("12.5"), null, new AutoTopUp(true, Credits.of("5"), Credits.of("20.5"), false,
                Duration.ofMinutes(10)), null, Metadata.of(Map.of("team", "core")), Status.PUBLISHED,
                Fixtures.audit());
    }

    public static WalletTransaction aDebit(String walletId) {
        return new WalletTransaction(WalletTransactionId.of("wtx_2"), Fixtures.SCOPE, WalletId.of(walletId),
                CustomerId.of("cust_1"), TransactionType.DEBIT, Credits.of("2.5"), new Money(new BigDecimal("5"), USD),
                Credits.of("15"), Credits.of("12.5"), TransactionStatus.COMPLETED,
                TransactionReason.MANUAL_BALANCE_DEBIT, WalletTxReferenceType.REQUEST, "req_1", "usage",
                Metadata.EMPTY, null, null, null, "key_1", ConversionRate.of("2"), null,
                List.of(new CreditConsumption(WalletTransactionId.of("wtx_1"), Credits.of("2.5"))), Status.PUBLISHED,
                Fixtures.audit());
    }

    private static Wallet found(WalletId id) {
        if ("wallet_missing".equals(id.value())) {
            throw new NotFoundException(ErrorCode.WALLET_NOT_FOUND, "wallet wallet_missing not found");
        }
        return aWallet(id.value());
    }

    @Override
    public Wallet create(Caller caller, CreateWalletCommand command) {
        lastCreate = command;
        return aWallet("wallet_new");
    }

    @Override
    public Wallet update(Caller caller, WalletId id, UpdateWalletCommand command) {
        lastUpdate = command;
        return found(id);
    }

    @Override
    public Wallet terminate(Caller caller, WalletId id) {
        found(id);
        return new Wallet(id, Fixtures.SCOPE, CustomerId.of("cust_1"), null, null, USD, WalletType.PRE_PAID,
                WalletStatus.CLOSED, ConversionRate.ONE, null, Credits.ZERO, null, null, null, null, Status.PUBLISHED,
                Fixtures.audit());
    }

    @Override
    public TopUpResult topUp(Caller caller, WalletId id, TopUpWalletCommand command) {
        lastTopUp = command;
        Wallet wallet = found(id);
        WalletTransaction pending = new WalletTransaction(WalletTransactionId.of("wtx_1"), Fixtures.SCOPE, id,
                wallet.customerId(), TransactionType.CREDIT, Credits.of("10"), new Money(new BigDecimal("20"), USD),
                Credits.of("12.5"), Credits.of("12.5"), TransactionStatus.PENDING,
                TransactionReason.PURCHASED_CREDIT_INVOICED, WalletTxReferenceType.INVOICE, "inv_1", null, null,
                Fixtures.CREATED.plus(Duration.ofDays(30)), 1, null, "key_1", ConversionRate.of("2"),
                ConversionRate.of("1.5"), List.of(), Status.PUBLISHED, Fixtures.audit());
        return new TopUpResult(wallet, pending, "inv_1");
    }

    @Override
    public WalletTransaction debit(Caller caller, WalletId id, DebitWalletCommand command) {
        lastDebit = command;
        found(id);
        if (command.amount().compareTo(new BigDecimal("25")) > 0) {
            throw new ConflictException(ErrorCode.WALLET_INSUFFICIENT_BALANCE, "not enough credits");
        }
        return aDebit(id.value());
    }

    @Override
    public Wallet get(Caller caller, WalletId id) {
        return found(id);
    }

    @Override
    public Page<Wallet> search(Caller caller, WalletFilter filter, PageRequest page) {
        lastFilter = filter;
        lastPage = page;
        return new Page<>(List.of(aWallet("wallet_1")), 7, page.limit(), page.offset());
    }

    @Override
    public List<Wallet> forCustomer(Caller caller, CustomerRef customer) {
        lastCustomer = customer;
        return List.of(aWallet("wallet_1"));
    }

    @Override
    public WalletBalance balance(Caller caller, WalletId id) {
        return WalletBalance.of(found(id), new Money(new BigDecimal("7.25"), USD), List.of(), Fixtures.UPDATED);
    }

    @Override
    public List<WalletBalance> balancesForCustomer(Caller caller, CustomerRef customer) {
        lastCustomer = customer;
        return List.of(balance(caller, WalletId.of("wallet_1")));
    }

    @Override
    public Page<WalletTransaction> transactions(Caller caller, WalletId id, WalletTransactionFilter filter,
                                                PageRequest page) {
        found(id);
        lastTransactionFilter = filter;
        lastPage = page;
        return new Page<>(List.of(aDebit(id.value())), 1, page.limit(), page.offset());
    }

    @Override
    public Page<WalletTransaction> searchTransactions(Caller caller, WalletTransactionFilter filter,
                                                      PageRequest page) {
        lastTransactionFilter = filter;
        lastPage = page;
        return new Page<>(List.of(aDebit("wallet_1")), 1, page.limit(), page.offset());
    }
}
