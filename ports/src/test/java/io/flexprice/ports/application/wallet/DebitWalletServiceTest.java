package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.application.wallet.WalletWorld.usd;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DebitWalletServiceTest {

    private final WalletWorld world = new WalletWorld();

    @Test
    void aDebitLocksTheWalletAndConsumesByPriorityThenExpiryThenSize() {
        Wallet wallet = world.wallets.add(aWallet().build());
        String large = world.grant(wallet, "30", null, null).transaction().id().value();
        String small = world.grant(wallet, "10", null, null).transaction().id().value();
        String soon = world.grant(wallet, "10", NOW.plus(Duration.ofDays(3)), null).transaction().id().value();
        String first = world.grant(wallet, "5", null, 1).transaction().id().value();

        // 48 = 5 (priority 1) + 10 (expires soonest) + 30 (largest) + 3 of the 10
        WalletTransaction debit = world.debit(wallet, "48");

        assertThat(debit.consumptions()).extracting(c -> c.creditTransactionId().value(),
                c -> c.credits().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(first, "5"), org.assertj.core.groups.Tuple.tuple(soon, "10"),
                org.assertj.core.groups.Tuple.tuple(large, "30"), org.assertj.core.groups.Tuple.tuple(small, "3"));
        assertThat(debit.creditBalanceBefore()).isEqualTo(Credits.of("55")); // 30 + 10 + 10 + 5
        assertThat(debit.creditBalanceAfter()).isEqualTo(Credits.of("7"));
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("7")).isEqualTo(world.openCredits(wallet));
        assertThat(world.wallets.locked()).endsWith(wallet.id());
    }

    @Test
    void aDebitBeyondTheBalanceIsRefusedAndChangesNothing() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "10", null, null);

        assertThatThrownBy(() -> world.debit(wallet, "10.01"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE));
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("10"));
        assertThat(world.ledger(wallet.id())).hasSize(1);
        assertThat(world.debit(wallet, "10").creditBalanceAfter()).isEqualTo(Credits.ZERO);
    }

    @Test
    void expiredCreditsAreExpiredBeforeTheDebitAndNeverSpent() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "20", NOW.plus(Duration.ofHours(1)), null);
        world.grant(wallet, "5", null, null);
        world.clock.advance(Duration.ofHours(1));

        assertThatThrownBy(() -> world.debit(wallet, "6")).isInstanceOf(ConflictException.class);
        WalletTransaction debit = world.debit(wallet, "5");

        assertThat(world.ledger(wallet.id())).extracting(WalletTransaction::reason).containsExactly(
                TransactionReason.FREE_CREDIT_GRANT, TransactionReason.FREE_CREDIT_GRANT,
                TransactionReason.CREDIT_EXPIRED, TransactionReason.MANUAL_BALANCE_DEBIT);
        assertThat(debit.creditBalanceBefore()).isEqualTo(Credits.of("5")); // 25 - 20 expired
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.ZERO);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstDebitBackAndAnotherAmountWithItConflicts() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "10", null, null);
        DebitWalletCommand command = DebitWalletCommand.of(usd("4"), TransactionReason.INVOICE_PAYMENT,
                WalletTxReferenceType.INVOICE, "inv_1", null, Map.of(), "pay_inv_1");

        WalletTransaction first = world.debits.debit(world.caller, wallet.id(), command);
        WalletTransaction retry = world.debits.debit(world.caller, wallet.id(), command);

        assertThat(retry).isEqualTo(first);
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("6"));
        assertThatThrownBy(() -> world.debits.debit(world.caller, wallet.id(), DebitWalletCommand.of(usd("5"),
                TransactionReason.INVOICE_PAYMENT, null, null, null, null, "pay_inv_1")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void aDebitInAnotherCurrencyThanTheWalletsIsRefused() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "10", null, null);

        assertThatThrownBy(() -> world.debits.debit(world.caller, wallet.id(), new DebitWalletCommand(
                java.math.BigDecimal.ONE, java.util.Currency.getInstance("EUR"), TransactionReason.INVOICE_PAYMENT,
                null, null, null, null, null))).isInstanceOf(io.flexprice.domain.money.CurrencyMismatchException.class);
        assertThat(world.debits.debit(world.caller, wallet.id(), new DebitWalletCommand(java.math.BigDecimal.ONE,
                null, TransactionReason.INVOICE_PAYMENT, null, null, null, null, null)).amount()).isEqualTo(usd("1"));
    }

    @Test
    void aDebitBelowTheThresholdTopsTheWalletUpOncePerCooldown() {
        Wallet wallet = world.wallets.add(aWallet().autoTopUp(new AutoTopUp(true, Credits.of("10"), Credits.of("50"),
                false, Duration.ofMinutes(10))).build());
        world.grant(wallet, "20", null, null);

        world.debit(wallet, "10"); // 10 left: not below 10
        world.debit(wallet, "5"); // 5 left: 50 added
        world.debit(wallet, "50"); // 5 left again, within the cooldown: nothing added
        world.clock.advance(Duration.ofMinutes(10));
        world.debit(wallet, "1"); // 4 left, cooldown over: 50 added

        List<WalletTransaction> ledger = world.ledger(wallet.id());
        assertThat(ledger).extracting(WalletTransaction::reason).containsExactly(
                TransactionReason.FREE_CREDIT_GRANT, TransactionReason.MANUAL_BALANCE_DEBIT,
                TransactionReason.MANUAL_BALANCE_DEBIT, TransactionReason.PURCHASED_CREDIT_DIRECT,
                TransactionReason.MANUAL_BALANCE_DEBIT, TransactionReason.MANUAL_BALANCE_DEBIT,
                TransactionReason.PURCHASED_CREDIT_DIRECT);
        assertThat(ledger.get(3).metadata().values()).containsEntry("auto_topup", "true");
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("54")); // 20-10-5+50-50-1+50
        assertThat(world.stored(wallet).lastAutoTopUpAt()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
    }

    @Test
    void anInvoicingAutoTopUpIsInvoicedAndPendingUntilPaid() {
        Wallet wallet = world.wallets.add(aWallet().autoTopUp(new AutoTopUp(true, Credits.of("10"), Credits.of("50"),
                true, Duration.ZERO)).build());
        world.grant(wallet, "20", null, null);

        world.debit(wallet, "15");

        assertThat(world.invoicer.invoiced()).singleElement()
                .satisfies(t -> assertThat(t.amount()).isEqualTo(usd("50.00")));
        WalletTransaction topUp = world.ledger(wallet.id()).get(2);
        assertThat(topUp.reason()).isEqualTo(TransactionReason.PURCHASED_CREDIT_INVOICED);
        assertThat(topUp.transactionStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("5"));
    }
}
