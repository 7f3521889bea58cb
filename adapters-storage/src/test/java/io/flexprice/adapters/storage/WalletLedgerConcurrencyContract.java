package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.application.wallet.DebitWalletService;
import io.flexprice.ports.application.wallet.ManageWalletsService;
import io.flexprice.ports.application.wallet.TopUpInvoicesNotConnected;
import io.flexprice.ports.application.wallet.TopUpWalletService;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The wallet services over a storage adapter, under contention: every change of a balance is serialised by the
 * wallet's lock, so concurrent debits never overdraw a wallet and never lose a cent, and a top-up retried
 * concurrently is made once.
 */
public abstract class WalletLedgerConcurrencyContract {

    private static final Currency USD = Currency.getInstance("USD");
    private static final int THREADS = 8;

    private final Scope scope = Fixtures.aScope();
    private final Caller caller = new Caller(scope, "test");
    private final Clock clock = Clock.fixed(Fixtures.T0, ZoneOffset.UTC);
    private final IdGenerator ids = Fixtures::uniqueId;
    private Wallet wallet;

    protected abstract WalletRepository wallets();

    protected abstract WalletTransactionRepository entries();

    protected abstract CustomerRepository customers();

    /** The units of work the repositories join. */
    protected abstract Transactions transactions();

    private TopUpWalletService topUps() {
        return new TopUpWalletService(wallets(), entries(), new TopUpInvoicesNotConnected(), transactions(), ids,
                clock);
    }

    private DebitWalletService debits() {
        return new DebitWalletService(wallets(), entries(), new TopUpInvoicesNotConnected(), transactions(), ids,
                clock);
    }

    @BeforeEach
    void createAWalletWithOneHundredCredits() {
        Customer customer = Fixtures.aCustomer(scope).build();
        customers().insert(customer);
        wallet = new ManageWalletsService(wallets(), entries(), customers(), new TopUpInvoicesNotConnected(),
                transactions(), ids, clock).create(caller, new CreateWalletCommand(CustomerRef.byId(
                customer.id().value()), null, null, USD, null, null, null, Credits.of("60"), null, null, null, null));
        topUps().topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of("40"), null,
                TransactionReason.PURCHASED_CREDIT_DIRECT, null, null, null, 1, null));
    }

    @Test
    void concurrentDebitsNeverOverdrawAndNeverLoseACent() throws Exception {
        DebitWalletService debits = debits();
        int perThread = 5;
        Money each = new Money(new BigDecimal("3.33"), USD);

        List<Future<List<Boolean>>> results = Concurrently.run(THREADS, thread -> {
            List<Boolean> made = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                try {
                    debits.debit(caller, wallet.id(), DebitWalletCommand.of(each,
                            TransactionReason.MANUAL_BALANCE_DEBIT, null, null, null, null, null));
                    made.add(true);
                } catch (ConflictException refused) {
                    assertThat(refused.code()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE);
                    made.add(false);
                }
            }
            return made;
        });

        long debited = 0;
        long refused = 0;
        for (Future<List<Boolean>> result : results) {
            for (boolean made : result.get()) {
                if (made) {
                    debited++;
                } else {
                    refused++;
                }
            }
        }
        // 40 debits of 3.33 asked; 100 credits allow 30 of them (99.90), leaving 0.10
        assertThat(debited).isEqualTo(30);
        assertThat(refused).isEqualTo(10);
        Wallet after = wallets().findById(scope, wallet.id()).orElseThrow();
        assertThat(after.creditBalance()).isEqualTo(Credits.of("0.10"));
        assertThat(openCredits()).isEqualTo(Credits.of("0.10"));
        List<WalletTransaction> ledgerDebits = ledger(TransactionType.DEBIT);
        assertThat(ledgerDebits).hasSize(30);
        assertThat(ledgerDebits.stream().map(WalletTransaction::creditAmount).reduce(Credits.ZERO, Credits::plus))
                .isEqualTo(Credits.of("99.90"));
        // the debits chain: each starts on the balance the one before it left, from 100 down to 0.10
        List<WalletTransaction> chain = ledgerDebits.stream()
                .sorted(Comparator.comparing(WalletTransaction::creditBalanceBefore).reversed()).toList();
        assertThat(chain.get(0).creditBalanceBefore()).isEqualTo(Credits.of("100"));
        for (int i = 1; i < chain.size(); i++) {
            assertThat(chain.get(i).creditBalanceBefore()).isEqualTo(chain.get(i - 1).creditBalanceAfter());
        }
        assertThat(chain.get(chain.size() - 1).creditBalanceAfter()).isEqualTo(Credits.of("0.10"));
    }

    @Test
    void concurrentTopUpsAndDebitsAreEachCountedOnce() throws Exception {
        TopUpWalletService topUps = topUps();
        DebitWalletService debits = debits();

        List<Future<Object>> results = Concurrently.run(THREADS, thread -> {
            for (int i = 0; i < 10; i++) {
                if (thread % 2 == 0) {
                    topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of("2.5"), null,
                            TransactionReason.FREE_CREDIT_GRANT, null, null, null, null, null));
                } else {
                    debits.debit(caller, wallet.id(), DebitWalletCommand.of(new Money(new BigDecimal("1.25"), USD),
                            TransactionReason.MANUAL_BALANCE_DEBIT, null, null, null, null, null));
                }
            }
            return null;
        });
        for (Future<Object> result : results) {
            result.get();
        }

        // 100 + 4 threads x 10 x 2.5 - 4 threads x 10 x 1.25 = 100 + 100 - 50 = 150
        assertThat(wallets().findById(scope, wallet.id()).orElseThrow().creditBalance()).isEqualTo(Credits.of("150"));
        assertThat(openCredits()).isEqualTo(Credits.of("150"));
    }

    @Test
    void aTopUpRetriedConcurrentlyIsMadeOnce() throws Exception {
        TopUpWalletService topUps = topUps();

        List<Future<TopUpResult>> results = Concurrently.run(THREADS, thread -> topUps.topUp(caller, wallet.id(),
                new TopUpWalletCommand(Credits.of("25"), null, TransactionReason.PURCHASED_CREDIT_DIRECT, null, null,
                        null, null, "retried_key")));

        List<String> ids = new ArrayList<>();
        for (Future<TopUpResult> result : results) {
            try {
                ids.add(result.get().transaction().id().value());
            } catch (ExecutionException e) {
                throw new AssertionError("a retry failed", e.getCause());
            }
        }
        assertThat(ids).hasSize(THREADS).containsOnly(ids.get(0));
        assertThat(wallets().findById(scope, wallet.id()).orElseThrow().creditBalance()).isEqualTo(Credits.of("125"));
    }

    private Credits openCredits() {
        return entries().findOpenCredits(scope, wallet.id()).stream().map(WalletTransaction::creditsAvailable)
                .reduce(Credits.ZERO, Credits::plus);
    }

    private List<WalletTransaction> ledger(TransactionType type) {
        return entries().search(scope, new WalletTransactionFilter(List.of(wallet.id().value()), null, type, null,
                null, null, null, null, null, null, null, null, null, null, SearchConditions.NONE), PageRequest.first(1000)).items();
    }
}
