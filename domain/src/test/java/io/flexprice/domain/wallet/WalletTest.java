package io.flexprice.domain.wallet;

import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.wallet.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.pricing.PriceType;
import org.junit.jupiter.api.Test;

class WalletTest {

    @Test
    void theBalanceIsTheCreditBalanceTimesTheConversionRate() {
        // 40 credits at 2.5 USD: 100 USD
        assertThat(aWallet().credits("40").rate("2.5").build().balance()).isEqualTo(usd("100"));
    }

    @Test
    void thePayableAmountIsTheBalanceRoundedDownToTheMinorUnit() {
        // 100 credits at 1: 100.00
        assertThat(aWallet().credits("100").build().payableAmount()).isEqualTo(usd("100.00"));
        // 3.333333333333 credits at 3: 9.999999999999, so 9.99 (half up would give 10.00, more than the wallet holds)
        assertThat(aWallet().credits("3.333333333333").rate("3").build().payableAmount()).isEqualTo(usd("9.99"));
        // 10.555 credits at 1: 10.55 USD; 1000.6 JPY: 1000; 1.2345 KWD: 1.234
        assertThat(aWallet().credits("10.555").build().payableAmount()).isEqualTo(usd("10.55"));
        assertThat(aWallet().currency("JPY").credits("1000.6").build().payableAmount()).isEqualTo(jpy("1000"));
        assertThat(aWallet().currency("KWD").credits("1.2345").build().payableAmount()).isEqualTo(kwd("1.234"));
        assertThat(aWallet().build().payableAmount()).isEqualTo(usd("0"));
    }

    @Test
    void theWholePayableAmountCanAlwaysBeDebited() {
        Wallet wallet = aWallet().credits("3.333333333333").rate("3").build();

        // 9.99 / 3 = 3.33 credits, no more than the 3.333333333333 held
        assertThat(wallet.conversionRate().creditsToPay(wallet.payableAmount())).isEqualTo(Credits.of("3.33"));
    }

    @Test
    void onlyAnActiveWalletTakesTopUpsAndDebits() {
        aWallet().build().requireActive();

        assertThatThrownBy(() -> aWallet().status(WalletStatus.CLOSED).build().requireActive())
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_CLOSED));
    }

    @Test
    void anEmptyOrAllConfigAllowsEveryPriceTypeAndAChargeWithoutOne() {
        assertThat(WalletConfig.of(null).allowsAll()).isTrue();
        assertThat(WalletConfig.ALL.allows(null)).isTrue();
        WalletConfig usageOnly = WalletConfig.of(java.util.List.of(PriceType.USAGE));
        assertThat(usageOnly.allows(PriceType.USAGE)).isTrue();
        assertThat(usageOnly.allows(PriceType.FIXED)).isFalse();
        assertThat(usageOnly.allows(null)).isFalse();
    }

    @Test
    void wireValuesAreFlexPrices() {
        assertThat(WalletType.fromWire("pre_paid")).isEqualTo(WalletType.PRE_PAID);
        assertThat(WalletStatus.CLOSED.wireValue()).isEqualTo("closed");
        assertThat(TransactionType.fromWire("debit")).isEqualTo(TransactionType.DEBIT);
        assertThat(TransactionStatus.PENDING.wireValue()).isEqualTo("pending");
        assertThat(TransactionReason.fromWire("CREDIT_EXPIRED")).isEqualTo(TransactionReason.CREDIT_EXPIRED);
        assertThat(WalletTxReferenceType.fromWire("INVOICE")).isEqualTo(WalletTxReferenceType.INVOICE);
        assertThat(io.flexprice.domain.common.Rejections.fieldsRejected(() -> WalletType.fromWire("PROMO")))
                .containsExactly("wallet_type");
    }
}
