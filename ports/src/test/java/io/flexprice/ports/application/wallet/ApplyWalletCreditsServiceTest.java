package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.application.wallet.WalletWorld.USD;
import static io.flexprice.ports.application.wallet.WalletWorld.usd;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletCreditApplication;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.domain.wallet.WalletType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyWalletCreditsServiceTest {

    private static final CustomerId CUSTOMER = CustomerId.of("cust_stored_1");

    private final WalletWorld world = new WalletWorld();

    @Test
    void thePrepaidWalletInTheInvoiceCurrencyIsDebitedWhatItPaysOfTheLinesItMayPay() {
        Wallet usageOnly = world.wallets.add(aWallet().id("wallet_a").allowing(PriceType.USAGE).build());
        Wallet postpaid = world.wallets.add(aWallet().id("wallet_b").type(WalletType.POST_PAID).build());
        Wallet euros = world.wallets.add(aWallet().id("wallet_c").currency("EUR").build());
        world.grant(usageOnly, "100", null, null);
        world.grant(postpaid, "500", null, null);
        world.grant(euros, "500", null, null);
        int locksBefore = world.wallets.locked().size();

        WalletCreditApplication applied = world.application.apply(world.caller, CUSTOMER, USD, List.of(
                new DueLine(PriceType.FIXED, usd("20.00")), new DueLine(PriceType.USAGE, usd("35.50"))), "inv_9");

        // only the usage line, 35.50, from the usage-only prepaid USD wallet: 100 - 35.50 = 64.50 credits left
        assertThat(applied.payments()).containsExactly(
                new WalletCreditApplication.Payment(usageOnly.id(), 1, usd("35.50")));
        assertThat(world.stored(usageOnly).creditBalance()).isEqualTo(Credits.of("64.5"));
        assertThat(world.stored(postpaid).creditBalance()).isEqualTo(Credits.of("500"));
        assertThat(world.stored(euros).creditBalance()).isEqualTo(Credits.of("500"));
        WalletTransaction debit = world.ledger(usageOnly.id()).get(1);
        assertThat(debit.reason()).isEqualTo(TransactionReason.CREDIT_ADJUSTMENT);
        assertThat(debit.referenceType()).isEqualTo(WalletTxReferenceType.INVOICE);
        assertThat(debit.referenceId()).isEqualTo("inv_9");
        assertThat(debit.amount()).isEqualTo(usd("35.50"));
        assertThat(world.wallets.locked().subList(locksBefore, world.wallets.locked().size()))
                .containsExactly(usageOnly.id());
    }

    @Test
    void aWalletPaysNoMoreThanItHoldsAndTheRestIsLeftDue() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "12.345", null, null);

        WalletCreditApplication applied = world.application.apply(world.caller, CUSTOMER, USD,
                List.of(new DueLine(PriceType.FIXED, usd("20.00"))), "inv_2");

        // 12.345 credits at 1 USD pay 12.34 (whole cents); 0.005 credits stay
        assertThat(applied.total()).isEqualTo(usd("12.34"));
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("0.005"));
    }

    @Test
    void creditsAreAppliedToAnInvoiceOnlyOnce() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "100", null, null);
        List<DueLine> lines = List.of(new DueLine(PriceType.FIXED, usd("10")));
        world.application.apply(world.caller, CUSTOMER, USD, lines, "inv_1");

        assertThatThrownBy(() -> world.application.apply(world.caller, CUSTOMER, USD, lines, "inv_1"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED));
        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("90"));
    }
}
