package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SettlePurchasedTopUpsServiceTest {

    private final WalletWorld world = new WalletWorld();

    private WalletTransaction bought(Wallet wallet, String credits) {
        return world.topUps.topUp(world.caller, wallet.id(), new TopUpWalletCommand(Credits.of(credits), null,
                TransactionReason.PURCHASED_CREDIT_INVOICED, null, null, null, null, null)).transaction();
    }

    @Test
    void aPaidInvoiceCompletesItsTopUpOnTheBalanceOfThatMoment() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "10", null, null);
        bought(wallet, "50");
        world.debit(wallet, "4");
        world.clock.advance(Duration.ofHours(1));

        WalletTransaction completed = world.settlements.settleInvoice(world.caller, "inv_1", true).get(0);

        assertThat(completed.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(completed.creditBalanceBefore()).isEqualTo(Credits.of("6")); // 10 - 4
        assertThat(completed.creditBalanceAfter()).isEqualTo(Credits.of("56"));
        assertThat(completed.creditsAvailable()).isEqualTo(Credits.of("50"));
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("56")).isEqualTo(world.openCredits(wallet));
        assertThat(world.settlements.settleInvoice(world.caller, "inv_1", true)).isEmpty();
    }

    @Test
    void aVoidedInvoiceFailsItsTopUpAndASettledEntryIsReturnedAsItIs() {
        Wallet wallet = world.wallets.add(aWallet().build());
        WalletTransaction pending = bought(wallet, "50");

        WalletTransaction failed = world.settlements.settle(world.caller, pending.id(), false);

        assertThat(failed.transactionStatus()).isEqualTo(TransactionStatus.FAILED);
        assertThat(world.settlements.settle(world.caller, pending.id(), true)).isEqualTo(failed);
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.ZERO);
        assertThatThrownBy(() -> world.settlements.settle(world.caller, WalletTransactionId.of("wtx_missing"), true))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_TRANSACTION_NOT_FOUND));
    }
}
