package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.in.wallet.UpdateWalletCommand;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeWalletRepository;
import io.flexprice.ports.testing.FakeWalletTransactionRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.RecordingTopUpInvoicer;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageWalletsServiceTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final TestClock clock = new TestClock(NOW);
    private final FakeWalletRepository wallets = new FakeWalletRepository();
    private final FakeWalletTransactionRepository entries = new FakeWalletTransactionRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final RecordingTopUpInvoicer invoicer = new RecordingTopUpInvoicer();
    private final ManageWalletsService service = new ManageWalletsService(wallets, entries, customers, invoicer,
            transactions, ids, clock);
    private final TopUpWalletService topUps = new TopUpWalletService(wallets, entries, invoicer, transactions, ids,
            clock);
    private final Caller caller = aCaller().build();

    private CreateWalletCommand create(String credits, Instant expiry) {
        return new CreateWalletCommand(CustomerRef.byExternalId("acme"), "Prepaid", "Credits", USD, null,
                ConversionRate.of("2"), null, credits == null ? null : Credits.of(credits), expiry, null, null,
                Map.of("team", "core"));
    }

    @Test
    void aWalletIsCreatedActiveWithItsInitialCreditsGrantedFree() {
        customers.add(aCustomer().build());
        Instant expiry = NOW.plus(Duration.ofDays(30));

        Wallet wallet = service.create(caller, create("50", expiry));

        assertThat(wallet.id().value()).isEqualTo("wallet_0001");
        assertThat(wallet.customerId().value()).isEqualTo("cust_stored_1");
        assertThat(wallet.type()).isEqualTo(WalletType.PRE_PAID);
        assertThat(wallet.walletStatus()).isEqualTo(WalletStatus.ACTIVE);
        assertThat(wallet.topupConversionRate()).isEqualTo(ConversionRate.of("2"));
        assertThat(wallet.creditBalance()).isEqualTo(Credits.of("50"));
        assertThat(wallet.balance()).isEqualTo(new Money(new BigDecimal("100"), USD)); // 50 x 2
        assertThat(wallets.stored(wallet.id())).isEqualTo(wallet);
        WalletTransaction grant = entries.of(wallet.id()).get(0);
        assertThat(grant.reason()).isEqualTo(TransactionReason.FREE_CREDIT_GRANT);
        assertThat(grant.expiryDate()).isEqualTo(expiry);
        assertThat(grant.audit().createdBy()).isEqualTo(ACTOR);
        assertThat(transactions.units()).isEqualTo(1);
    }

    @Test
    void withoutInitialCreditsTheLedgerStaysEmpty() {
        customers.add(aCustomer().build());

        Wallet wallet = service.create(caller, create(null, null));

        assertThat(wallet.creditBalance()).isEqualTo(Credits.ZERO);
        assertThat(entries.all()).isEmpty();
    }

    @Test
    void everyInvalidFieldIsReportedAndNothingIsStored() {
        customers.add(aCustomer().build());

        assertThat(fieldsRejected(() -> service.create(caller, new CreateWalletCommand(CustomerRef.byId(
                "cust_stored_1"), "x".repeat(256), null, null, null, null, null, Credits.of("-1"), NOW, null, null,
                null)))).containsExactly("currency", "initial_credits_to_load", "initial_credits_expiry_date_utc");
        assertThat(fieldsRejected(() -> service.create(caller, new CreateWalletCommand(CustomerRef.byId(
                "cust_stored_1"), "x".repeat(256), null, USD, null, null, null, null, null, null, null, null))))
                .containsExactly("name");
        assertThat(wallets.search(caller.scope(), io.flexprice.ports.out.wallet.WalletFilter.ALL,
                io.flexprice.domain.common.PageRequest.first(10)).total()).isZero();
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> service.create(caller, create(null, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    }

    @Test
    void aSecondActiveWalletOfTheSameCurrencyAndTypeConflictsAnotherTypeDoesNot() {
        customers.add(aCustomer().build());
        service.create(caller, create(null, null));

        assertThatThrownBy(() -> service.create(caller, create(null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_ALREADY_ACTIVE));
        Wallet postpaid = service.create(caller, new CreateWalletCommand(CustomerRef.byExternalId("acme"), null,
                null, USD, WalletType.POST_PAID, null, null, null, null, null, null, null));
        assertThat(postpaid.conversionRate()).isEqualTo(ConversionRate.ONE);
    }

    @Test
    void updateChangesTheEditableFieldsAndKeepsTheRest() {
        customers.add(aCustomer().build());
        Wallet wallet = service.create(caller, create("10", null));
        clock.advance(Duration.ofMinutes(5));
        AutoTopUp autoTopUp = new AutoTopUp(true, Credits.of("5"), Credits.of("20"), false, Duration.ofHours(1));

        Wallet updated = service.update(aCaller().actor("bob").build(), wallet.id(), new UpdateWalletCommand(
                "Main", null, Map.of("k", "v"), WalletConfig.of(List.of(PriceType.USAGE)), autoTopUp));

        assertThat(updated.name()).isEqualTo("Main");
        assertThat(updated.description()).isEqualTo("Credits");
        assertThat(updated.metadata().values()).isEqualTo(Map.of("k", "v"));
        assertThat(updated.config().allows(PriceType.FIXED)).isFalse();
        assertThat(updated.autoTopUp()).isEqualTo(autoTopUp);
        assertThat(updated.creditBalance()).isEqualTo(Credits.of("10"));
        assertThat(updated.audit().updatedBy()).isEqualTo("bob");
        assertThat(updated.audit().updatedAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(wallets.stored(wallet.id())).isEqualTo(updated);
    }

    @Test
    void terminationExpiresWhatExpiredDebitsTheRestAndClosesTheWallet() {
        customers.add(aCustomer().build());
        Wallet wallet = service.create(caller, create("10", NOW.plus(Duration.ofDays(1))));
        topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(Credits.of("25"), null,
                TransactionReason.PURCHASED_CREDIT_DIRECT, null, null, null, null, null));
        clock.advance(Duration.ofDays(2));

        Wallet closed = service.terminate(caller, wallet.id());

        assertThat(closed.walletStatus()).isEqualTo(WalletStatus.CLOSED);
        assertThat(closed.creditBalance()).isEqualTo(Credits.ZERO);
        List<WalletTransaction> ledger = entries.of(wallet.id());
        // 10 free (expired), 25 bought, 10 expired, 25 debited on termination
        assertThat(ledger).extracting(WalletTransaction::reason).containsExactly(
                TransactionReason.FREE_CREDIT_GRANT, TransactionReason.PURCHASED_CREDIT_DIRECT,
                TransactionReason.CREDIT_EXPIRED, TransactionReason.WALLET_TERMINATION);
        assertThat(ledger.get(3).creditAmount()).isEqualTo(Credits.of("25"));
        assertThat(ledger.get(3).creditBalanceAfter()).isEqualTo(Credits.ZERO);
        assertThatThrownBy(() -> service.terminate(caller, wallet.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_CLOSED));
    }
}
