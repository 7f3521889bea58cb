package io.flexprice.domain.wallet;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.wallet.Wallets.aCredit;
import static io.flexprice.domain.wallet.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.domain.money.Money;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalletLedgerTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private static final WalletTransactionId TX = WalletTransactionId.of("wtx_new");

    private static Debit debitOf(Money amount) {
        return new Debit(amount, TransactionReason.MANUAL_BALANCE_DEBIT, null, null, "usage", Metadata.EMPTY, null);
    }

    private static TopUp purchased(String credits) {
        return new TopUp(Credits.of(credits), TransactionReason.PURCHASED_CREDIT_INVOICED, true,
                WalletTxReferenceType.INVOICE, "inv_1", null, null, null, null, "key_1");
    }

    @Test
    void aFreeTopUpAddsItsCreditsAtOnceRecordingTheBalanceBeforeAndAfter() {
        Wallet wallet = aWallet().credits("10").rate("2").build();

        Posting posting = WalletLedger.topUp(wallet, TX, TopUp.free(Credits.of("25"), null, "welcome"), NOW, "bob");

        WalletTransaction entry = posting.transaction();
        assertThat(entry.type()).isEqualTo(TransactionType.CREDIT);
        assertThat(entry.transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(entry.reason()).isEqualTo(TransactionReason.FREE_CREDIT_GRANT);
        assertThat(entry.creditBalanceBefore()).isEqualTo(Credits.of("10"));
        assertThat(entry.creditBalanceAfter()).isEqualTo(Credits.of("35")); // 10 + 25
        assertThat(entry.creditsAvailable()).isEqualTo(Credits.of("25"));
        assertThat(entry.amount()).isEqualTo(usd("50")); // 25 credits at 2 USD
        assertThat(entry.audit().createdBy()).isEqualTo("bob");
        assertThat(posting.wallet().creditBalance()).isEqualTo(Credits.of("35"));
        assertThat(posting.wallet().balance()).isEqualTo(usd("70")); // 35 x 2
    }

    @Test
    void aPurchasedTopUpIsPendingAndUnusableUntilItsInvoiceIsPaid() {
        Wallet wallet = aWallet().credits("10").build();

        Posting recorded = WalletLedger.topUp(wallet, TX, purchased("50"), NOW, "bob");

        assertThat(recorded.transaction().transactionStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(recorded.transaction().creditsAvailable()).isEqualTo(Credits.ZERO);
        assertThat(recorded.transaction().creditBalanceAfter()).isEqualTo(Credits.of("10"));
        assertThat(recorded.wallet()).isEqualTo(wallet);

        Wallet later = aWallet().credits("4").build(); // 6 credits were debited meanwhile
        Posting paid = WalletLedger.settle(later, recorded.transaction(), true, NOW.plusSeconds(60), "system");

        assertThat(paid.transaction().transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
        assertThat(paid.transaction().creditBalanceBefore()).isEqualTo(Credits.of("4"));
        assertThat(paid.transaction().creditBalanceAfter()).isEqualTo(Credits.of("54")); // 4 + 50
        assertThat(paid.transaction().creditsAvailable()).isEqualTo(Credits.of("50"));
        assertThat(paid.transaction().audit().createdAt()).isEqualTo(NOW);
        assertThat(paid.wallet().creditBalance()).isEqualTo(Credits.of("54"));
    }

    @Test
    void aPendingTopUpFailsWhenItsInvoiceIsVoidedOrItsWalletIsClosed() {
        Wallet wallet = aWallet().credits("10").build();
        WalletTransaction pending = WalletLedger.topUp(wallet, TX, purchased("50"), NOW, "bob").transaction();

        Posting voided = WalletLedger.settle(wallet, pending, false, NOW, "system");
        Posting closed = WalletLedger.settle(aWallet().status(WalletStatus.CLOSED).build(), pending, true, NOW,
                "system");

        for (Posting posting : List.of(voided, closed)) {
            assertThat(posting.transaction().transactionStatus()).isEqualTo(TransactionStatus.FAILED);
            assertThat(posting.transaction().creditsAvailable()).isEqualTo(Credits.ZERO);
        }
        assertThat(voided.wallet().creditBalance()).isEqualTo(Credits.of("10"));
    }

    @Test
    void aClosedWalletTakesNoTopUpAndCreditsMustExpireInTheFuture() {
        assertThatThrownBy(() -> WalletLedger.topUp(aWallet().status(WalletStatus.CLOSED).build(), TX,
                TopUp.free(Credits.of("1"), null, null), NOW, "bob"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_CLOSED));
        assertThat(fieldsRejected(() -> WalletLedger.topUp(aWallet().build(), TX,
                TopUp.free(Credits.of("1"), NOW, null), NOW, "bob"))).containsExactly("expiry_date_utc");
        assertThat(fieldsRejected(() -> new TopUp(Credits.ZERO, TransactionReason.CREDIT_EXPIRED, false, null, null,
                null, null, null, null, null))).containsExactly("credits_to_add", "transaction_reason");
    }

    @Test
    void aDebitConsumesByPriorityThenSoonestExpiryThenLargest() {
        List<WalletTransaction> credits = List.of(
                aCredit("a_no_priority_no_expiry", "10").build(),
                aCredit("b_priority_2", "10").priority(2).build(),
                aCredit("c_priority_1", "10").priority(1).build(),
                aCredit("d_june_10", "10").expiring("2024-06-01T00:00:00Z").build(),
                aCredit("e_june_20", "20").expiring("2024-06-01T00:00:00Z").build(),
                aCredit("f_may_5", "5").expiring("2024-05-15T00:00:00Z").build());
        Wallet wallet = aWallet().credits("65").build(); // 10 + 10 + 10 + 10 + 20 + 5

        // 62 = c 10 + b 10 + f 5 + e 20 + d 10 + 7 of a
        Posting posting = WalletLedger.debit(wallet, credits, TX, debitOf(usd("62")), NOW, "bob");

        assertThat(posting.transaction().consumptions()).extracting(c -> c.creditTransactionId().value(),
                c -> c.credits().toPlainString()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("c_priority_1", "10"),
                org.assertj.core.groups.Tuple.tuple("b_priority_2", "10"),
                org.assertj.core.groups.Tuple.tuple("f_may_5", "5"),
                org.assertj.core.groups.Tuple.tuple("e_june_20", "20"),
                org.assertj.core.groups.Tuple.tuple("d_june_10", "10"),
                org.assertj.core.groups.Tuple.tuple("a_no_priority_no_expiry", "7"));
        assertThat(posting.consumed()).extracting(c -> c.creditsAvailable().toPlainString())
                .containsExactly("0", "0", "0", "0", "0", "3");
        assertThat(posting.transaction().creditBalanceBefore()).isEqualTo(Credits.of("65"));
        assertThat(posting.transaction().creditBalanceAfter()).isEqualTo(Credits.of("3"));
        assertThat(posting.transaction().amount()).isEqualTo(usd("62"));
        assertThat(posting.wallet().creditBalance()).isEqualTo(Credits.of("3"));
    }

    @Test
    void amongEqualCreditsTheOlderIsConsumedFirst() {
        List<WalletTransaction> credits = List.of(aCredit("z_old", "10").createdAt("2024-01-01T00:00:00Z").build(),
                aCredit("a_new", "10").createdAt("2024-02-01T00:00:00Z").build());

        Posting posting = WalletLedger.debit(aWallet().credits("20").build(), credits, TX, debitOf(usd("4")), NOW,
                "bob");

        assertThat(posting.transaction().consumptions()).extracting(c -> c.creditTransactionId().value())
                .containsExactly("z_old");
    }

    @Test
    void aDebitNeedingMoreThanTheUnexpiredCreditsIsRefusedWhole() {
        List<WalletTransaction> credits = List.of(aCredit("expired", "20").expiring("2024-05-01T12:00:00Z").build(),
                aCredit("live", "10").build());
        Wallet wallet = aWallet().credits("30").build();

        // 20 of the 30 expired at NOW exactly (expiry is half-open): 10 are usable, 15 are asked
        assertThatThrownBy(() -> WalletLedger.debit(wallet, credits, TX, debitOf(usd("15")), NOW, "bob"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE));
        assertThat(WalletLedger.debit(wallet, credits, TX, debitOf(usd("10")), NOW, "bob").consumed())
                .extracting(c -> c.id().value()).containsExactly("live");
    }

    @Test
    void aDebitByAmountTakesTheCreditsThatAmountIsWorth() {
        // rate 2: 5.00 USD is 2.5 credits
        Posting half = WalletLedger.debit(aWallet().rate("2").credits("10").build(),
                List.of(aCredit("c", "10").build()), TX, debitOf(usd("5.00")), NOW, "bob");
        assertThat(half.transaction().creditAmount()).isEqualTo(Credits.of("2.5"));
        assertThat(half.wallet().creditBalance()).isEqualTo(Credits.of("7.5"));

        // rate 3: 10.00 USD is 3.333333333334 credits (rounded up: the wallet gives at least 10.00)
        Posting third = WalletLedger.debit(aWallet().rate("3").credits("10").build(),
                List.of(aCredit("c", "10").build()), TX, debitOf(usd("10.00")), NOW, "bob");
        assertThat(third.transaction().creditAmount()).isEqualTo(Credits.of("3.333333333334"));
        assertThat(third.transaction().amount()).isEqualTo(usd("10.00"));
        assertThat(third.wallet().creditBalance()).isEqualTo(Credits.of("6.666666666666"));
    }

    @Test
    void aDebitInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> WalletLedger.debit(aWallet().credits("10").build(), List.of(aCredit("c", "10")
                .build()), TX, debitOf(eur("1")), NOW, "bob")).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void expiryDebitsWhatIsLeftOfEachExpiredCreditSoonestFirst() {
        List<WalletTransaction> credits = List.of(
                aCredit("a", "20").available("15").expiring("2024-05-01T12:00:00Z").build(),
                aCredit("b", "10").expiring("2024-04-30T12:00:00Z").build(),
                aCredit("c", "20").build());
        Wallet wallet = aWallet().credits("45").build(); // 15 + 10 + 20
        Deque<WalletTransactionId> ids = new ArrayDeque<>(List.of(WalletTransactionId.of("wtx_1"),
                WalletTransactionId.of("wtx_2")));

        List<Posting> postings = WalletLedger.expire(wallet, credits, ids::pop, NOW, "system");

        assertThat(postings).hasSize(2);
        WalletTransaction first = postings.get(0).transaction();
        assertThat(first.reason()).isEqualTo(TransactionReason.CREDIT_EXPIRED);
        assertThat(first.metadata().values()).containsEntry(WalletLedger.EXPIRED_TRANSACTION_ID, "b");
        assertThat(first.creditBalanceBefore()).isEqualTo(Credits.of("45"));
        assertThat(first.creditBalanceAfter()).isEqualTo(Credits.of("35")); // 45 - 10
        WalletTransaction second = postings.get(1).transaction();
        assertThat(second.metadata().values()).containsEntry(WalletLedger.EXPIRED_TRANSACTION_ID, "a");
        assertThat(second.creditAmount()).isEqualTo(Credits.of("15"));
        assertThat(second.creditBalanceAfter()).isEqualTo(Credits.of("20")); // 35 - 15
        assertThat(postings.get(1).wallet().creditBalance()).isEqualTo(Credits.of("20"));
        assertThat(WalletLedger.expire(wallet, credits, ids::pop, NOW.minusSeconds(86_401), "system")).isEmpty();
    }

    @Test
    void terminationDebitsEveryCreditLeftAndClosesTheWallet() {
        List<WalletTransaction> credits = List.of(aCredit("a", "20").build(),
                aCredit("b", "10").expiring("2024-01-01T00:00:00Z").build());

        WalletLedger.Termination done = WalletLedger.terminate(aWallet().credits("30").build(), credits, TX, NOW,
                "bob");

        assertThat(done.wallet().walletStatus()).isEqualTo(WalletStatus.CLOSED);
        assertThat(done.wallet().creditBalance()).isEqualTo(Credits.ZERO);
        assertThat(done.debit().transaction().reason()).isEqualTo(TransactionReason.WALLET_TERMINATION);
        assertThat(done.debit().transaction().creditAmount()).isEqualTo(Credits.of("30"));
        assertThat(WalletLedger.terminate(aWallet().build(), List.of(), TX, NOW, "bob").debit()).isNull();
        assertThatThrownBy(() -> WalletLedger.terminate(done.wallet(), List.of(), TX, NOW, "bob"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_CLOSED));
    }

    @Test
    void anEntryThatWouldBreakTheLedgerCannotBeBuilt() {
        WalletTransaction credit = aCredit("c", "10").build();

        assertThatThrownBy(() -> credit.withCreditsAvailable(Credits.of("11"), credit.audit()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WalletTransaction(TX, credit.scope(), credit.walletId(), credit.customerId(),
                TransactionType.DEBIT, Credits.of("5"), usd("5"), Credits.of("3"), Credits.of("-2"),
                TransactionStatus.COMPLETED, TransactionReason.MANUAL_BALANCE_DEBIT, null, null, null, null, null,
                null, null, null, ConversionRate.ONE, null, List.of(), credit.status(), credit.audit()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
