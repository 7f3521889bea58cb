package io.flexprice.domain.wallet;

import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.wallet.Wallets.aCredit;
import static io.flexprice.domain.wallet.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.pricing.PriceType;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalletBalanceTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");

    @Test
    void theRealTimeBalanceIsTheBalanceLessTheUnbilledUsage() {
        // 50 credits at 2 USD = 100 USD; less 30 USD of usage: 70 USD, 35 credits
        WalletBalance balance = WalletBalance.of(aWallet().rate("2").credits("50").build(), usd("30"), List.of(), NOW);

        assertThat(balance.currentPeriodUsage()).isEqualTo(usd("30"));
        assertThat(balance.realTimeBalance()).isEqualTo(usd("70"));
        assertThat(balance.realTimeCreditBalance()).isEqualTo(Credits.of("35"));
    }

    @Test
    void usageBeyondTheBalanceMakesItNegative() {
        WalletBalance balance = WalletBalance.of(aWallet().credits("10").build(), usd("25.50"), List.of(), NOW);

        assertThat(balance.realTimeBalance()).isEqualTo(usd("-15.50")); // 10 - 25.50
        assertThat(balance.realTimeCreditBalance()).isEqualTo(Credits.of("-15.5"));
    }

    @Test
    void aWalletThatDoesNotPayUsageKeepsItsBalanceAndAnInactiveOneIsZero() {
        assertThat(WalletBalance.of(aWallet().credits("10").allowing(PriceType.FIXED).build(), usd("4"), List.of(),
                NOW).realTimeBalance()).isEqualTo(usd("10"));
        assertThat(WalletBalance.of(aWallet().credits("10").status(WalletStatus.FROZEN).build(), usd("4"), List.of(),
                NOW).realTimeBalance()).isEqualTo(usd("0"));
    }

    @Test
    void theCreditsAvailableAreBrokenDownIntoFreeAndPurchased() {
        WalletBalance balance = WalletBalance.of(aWallet().credits("27").build(), usd("0"), List.of(
                aCredit("free", "10").available("7").build(),
                aCredit("grant", "5").reason(TransactionReason.SUBSCRIPTION_CREDIT_GRANT).build(),
                aCredit("bought", "15").reason(TransactionReason.PURCHASED_CREDIT_DIRECT).build()), NOW);

        assertThat(balance.free()).isEqualTo(Credits.of("12")); // 7 + 5
        assertThat(balance.purchased()).isEqualTo(Credits.of("15"));
    }
}
