package io.flexprice.domain.wallet;

import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.wallet.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalletCreditApplicationTest {

    private static final Instant T1 = Instant.parse("2024-02-01T00:00:00Z");

    @Test
    void walletsRestrictedToAPriceTypePayItBeforeGeneralWalletsSoTheMostIsPaid() {
        Wallet general = aWallet().id("w_general").credits("100").build();
        Wallet usageOnly = aWallet().id("w_usage").credits("30").allowing(PriceType.USAGE).createdAt(T1).build();

        WalletCreditApplication applied = WalletCreditApplication.apply(USD, List.of(general, usageOnly),
                List.of(new DueLine(PriceType.USAGE, usd("50.00")), new DueLine(PriceType.FIXED, usd("80.00"))));

        // usage 50 = 30 (usage-only wallet) + 20 (general); fixed 80 from the general wallet's 80 left
        assertThat(applied.payments()).containsExactly(
                new WalletCreditApplication.Payment(usageOnly.id(), 0, usd("30.00")),
                new WalletCreditApplication.Payment(general.id(), 0, usd("20.00")),
                new WalletCreditApplication.Payment(general.id(), 1, usd("80.00")));
        assertThat(applied.total()).isEqualTo(usd("130.00")); // the general wallet first would pay only 100
        assertThat(applied.byWallet()).isEqualTo(Map.of(usageOnly.id(), usd("30"), general.id(), usd("100")));
        assertThat(applied.paidOn(0)).isEqualTo(usd("50.00"));
        assertThat(applied.paidOn(1)).isEqualTo(usd("80.00"));
    }

    @Test
    void aWalletPaysOnlyThePriceTypesItAllowsAndALineWithoutOneOnlyAGeneralWalletPays() {
        Wallet fixedOnly = aWallet().id("w_fixed").credits("100").allowing(PriceType.FIXED).build();

        WalletCreditApplication applied = WalletCreditApplication.apply(USD, List.of(fixedOnly),
                List.of(new DueLine(PriceType.USAGE, usd("10")), new DueLine(null, usd("10")),
                        new DueLine(PriceType.FIXED, usd("15"))));

        assertThat(applied.payments()).containsExactly(
                new WalletCreditApplication.Payment(fixedOnly.id(), 2, usd("15")));
    }

    @Test
    void onlyActivePrepaidWalletsInTheInvoiceCurrencyPay() {
        List<Wallet> wallets = List.of(
                aWallet().id("w_postpaid").credits("100").type(WalletType.POST_PAID).build(),
                aWallet().id("w_closed").credits("100").status(WalletStatus.CLOSED).build(),
                aWallet().id("w_eur").credits("100").currency("EUR").build(),
                aWallet().id("w_empty").build());

        assertThat(WalletCreditApplication.apply(USD, wallets, List.of(new DueLine(PriceType.USAGE, usd("10"))))
                .payments()).isEmpty();
    }

    @Test
    void everyPartIsWholeMinorUnitsAndNoWalletPaysMoreThanItHolds() {
        // 3.333333333333 credits at 3 USD are 9.999999999999 USD: the wallet pays 9.99 of 20.00
        Wallet wallet = aWallet().credits("3.333333333333").rate("3").build();

        WalletCreditApplication applied = WalletCreditApplication.apply(USD, List.of(wallet),
                List.of(new DueLine(PriceType.USAGE, usd("20.00"))));

        assertThat(applied.total()).isEqualTo(usd("9.99"));
        assertThatThrownBy(() -> new DueLine(PriceType.USAGE, usd("1.005")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOlderOfTwoEquallyRestrictedWalletsPaysFirstAndALineOfZeroGetsNothing() {
        Wallet older = aWallet().id("w_z_older").credits("5").build();
        Wallet newer = aWallet().id("w_a_newer").credits("50").createdAt(T1).build();

        WalletCreditApplication applied = WalletCreditApplication.apply(USD, List.of(newer, older),
                List.of(new DueLine(PriceType.FIXED, usd("0")), new DueLine(PriceType.FIXED, usd("-3")),
                        new DueLine(PriceType.FIXED, usd("12"))));

        // 12 = 5 (older) + 7 (newer)
        assertThat(applied.payments()).containsExactly(
                new WalletCreditApplication.Payment(older.id(), 2, usd("5")),
                new WalletCreditApplication.Payment(newer.id(), 2, usd("7")));
    }

    @Test
    void aLineInAnotherCurrencyIsRefused() {
        assertThatThrownBy(() -> WalletCreditApplication.apply(USD, List.of(aWallet().credits("5").build()),
                List.of(new DueLine(PriceType.FIXED, eur("1"))))).isInstanceOf(CurrencyMismatchException.class);
    }
}
