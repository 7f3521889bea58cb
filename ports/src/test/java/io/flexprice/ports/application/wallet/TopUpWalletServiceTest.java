package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.application.wallet.WalletWorld.usd;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.out.wallet.TopUpInvoicer.PurchasedTopUp;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopUpWalletServiceTest {

    private final WalletWorld world = new WalletWorld();

    private static TopUpWalletCommand topUp(String credits, String amount, TransactionReason reason, String key) {
        return new TopUpWalletCommand(credits == null ? null : Credits.of(credits),
                amount == null ? null : new BigDecimal(amount), reason, "top-up",
                Map.of("source", "test"), null, 3, key);
    }

    @Test
    void aFreeTopUpIsUsableAtOnceAndReferencesItsIdempotencyKey() {
        Wallet wallet = world.wallets.add(aWallet().build());

        TopUpResult result = world.topUps.topUp(world.caller, wallet.id(),
                topUp("40", null, TransactionReason.FREE_CREDIT_GRANT, "key_1"));

        assertThat(result.invoiceId()).isNull();
        assertThat(result.wallet().creditBalance()).isEqualTo(Credits.of("40"));
        assertThat(result.transaction().transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(result.transaction().referenceType()).isEqualTo(WalletTxReferenceType.EXTERNAL);
        assertThat(result.transaction().referenceId()).isEqualTo("key_1");
        assertThat(result.transaction().priority()).isEqualTo(3);
        assertThat(world.stored(wallet)).isEqualTo(result.wallet());
        assertThat(world.invoicer.invoiced()).isEmpty();
    }

    @Test
    void anAmountBuysCreditsAtTheTopUpConversionRateAndCreditsWinOverAnAmount() {
        Wallet wallet = world.wallets.add(aWallet().rate("1").topupRate("0.8").build());

        // 20.00 USD at 0.8 USD a credit: 25 credits
        assertThat(world.topUps.topUp(world.caller, wallet.id(), topUp(null, "20.00",
                TransactionReason.PURCHASED_CREDIT_DIRECT, null)).transaction().creditAmount())
                .isEqualTo(Credits.of("25"));
        assertThat(world.topUps.topUp(world.caller, wallet.id(), topUp("7", "20.00",
                TransactionReason.PURCHASED_CREDIT_DIRECT, null)).wallet().creditBalance())
                .isEqualTo(Credits.of("32")); // 25 + 7
        assertThat(fieldsRejected(() -> world.topUps.topUp(world.caller, wallet.id(), topUp(null, "-1",
                TransactionReason.FREE_CREDIT_GRANT, null)))).containsExactly("amount");
    }

    @Test
    void aPurchasedTopUpIsInvoicedAtItsPriceAndPendingUntilPaid() {
        Wallet wallet = world.wallets.add(aWallet().rate("1").topupRate("0.333").build());

        TopUpResult result = world.topUps.topUp(world.caller, wallet.id(),
                topUp("10", null, TransactionReason.PURCHASED_CREDIT_INVOICED, "buy_1"));

        PurchasedTopUp invoiced = world.invoicer.invoiced().get(0);
        assertThat(invoiced.amount()).isEqualTo(usd("3.33")); // 10 x 0.333 = 3.33
        assertThat(invoiced.credits()).isEqualTo(Credits.of("10"));
        assertThat(invoiced.transactionId()).isEqualTo(result.transaction().id());
        assertThat(invoiced.idempotencyKey()).isEqualTo("buy_1");
        assertThat(result.invoiceId()).isEqualTo("inv_1");
        assertThat(result.transaction().transactionStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(result.transaction().referenceType()).isEqualTo(WalletTxReferenceType.INVOICE);
        assertThat(result.transaction().referenceId()).isEqualTo("inv_1");
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.ZERO);
    }

    @Test
    void aPurchasedTopUpWhoseInvoiceIsPaidAlreadyIsUsableAtOnce() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.invoicer.paid = true;

        TopUpResult result = world.topUps.topUp(world.caller, wallet.id(),
                topUp("10", null, TransactionReason.PURCHASED_CREDIT_INVOICED, null));

        assertThat(result.transaction().transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(result.wallet().creditBalance()).isEqualTo(Credits.of("10"));
    }

    @Test
    void aRetryWithTheSameKeyGetsTheFirstTopUpBackAndAnotherRequestWithItConflicts() {
        Wallet wallet = world.wallets.add(aWallet().build());
        TopUpResult first = world.topUps.topUp(world.caller, wallet.id(),
                topUp("10", null, TransactionReason.PURCHASED_CREDIT_INVOICED, "key_1"));

        TopUpResult retry = world.topUps.topUp(world.caller, wallet.id(),
                topUp("10", null, TransactionReason.PURCHASED_CREDIT_INVOICED, "key_1"));

        assertThat(retry.transaction()).isEqualTo(first.transaction());
        assertThat(retry.invoiceId()).isEqualTo("inv_1");
        assertThat(world.invoicer.invoiced()).hasSize(1);
        assertThat(world.ledger(wallet.id())).hasSize(1);
        assertThatThrownBy(() -> world.topUps.topUp(world.caller, wallet.id(),
                topUp("11", null, TransactionReason.PURCHASED_CREDIT_INVOICED, "key_1")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void aRefusedTopUpInvoicesNothingAndChangesNothing() {
        Wallet wallet = world.wallets.add(aWallet().build());

        assertThat(fieldsRejected(() -> world.topUps.topUp(world.caller, wallet.id(), new TopUpWalletCommand(
                Credits.of("10"), null, TransactionReason.PURCHASED_CREDIT_INVOICED, null, null, NOW, null, null))))
                .containsExactly("expiry_date_utc");
        assertThat(fieldsRejected(() -> world.topUps.topUp(world.caller, wallet.id(),
                topUp(null, null, TransactionReason.INVOICE_PAYMENT, null))))
                .containsExactly("credits_to_add", "transaction_reason");
        assertThat(world.invoicer.invoiced()).isEmpty();
        assertThat(world.entries.all()).isEmpty();
    }

    @Test
    void aClosedWalletTakesNoTopUpAndAMissingOneIsNotFound() {
        Wallet closed = world.wallets.add(aWallet().status(WalletStatus.CLOSED).build());

        assertThatThrownBy(() -> world.grant(closed, "1", null, null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_CLOSED));
        assertThatThrownBy(() -> world.topUps.topUp(world.caller, WalletId.of("wallet_missing"),
                topUp("1", null, TransactionReason.FREE_CREDIT_GRANT, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_NOT_FOUND));
    }

    @Test
    void aTopUpFirstExpiresTheCreditsThatExpired() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "5", NOW.plus(Duration.ofHours(1)), null);
        world.clock.advance(Duration.ofHours(2));

        world.grant(wallet, "8", null, null);

        assertThat(world.ledger(wallet.id())).extracting(t -> t.reason()).containsExactly(
                TransactionReason.FREE_CREDIT_GRANT, TransactionReason.CREDIT_EXPIRED,
                TransactionReason.FREE_CREDIT_GRANT);
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("8")).isEqualTo(world.openCredits(wallet));
    }
}
