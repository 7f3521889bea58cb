package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExpireWalletCreditsServiceTest {

    private static final Instant TOMORROW = NOW.plus(Duration.ofDays(1));

    private final WalletWorld world = new WalletWorld();

    @Test
    void theRunDebitsWhatIsLeftOfExpiredCreditsInEveryScopeOnce() {
        Wallet here = world.wallets.add(aWallet().build());
        Wallet there = world.wallets.add(aWallet().id("wallet_other").in(OTHER_TENANT).build());
        world.grant(here, "20", TOMORROW, null);
        world.grant(here, "7", null, null);
        world.debit(here, "5"); // takes 5 of the 20 that expire first
        world.topUps.topUp(new Caller(OTHER_TENANT, "x"), there.id(), new TopUpWalletCommand(Credits.of("3"), null,
                TransactionReason.FREE_CREDIT_GRANT, null, null, TOMORROW, null, null));

        List<WalletTransaction> expired = world.expiry.expireInEveryScope(TOMORROW);

        assertThat(expired).extracting(t -> t.walletId().value(), t -> t.creditAmount().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("wallet_stored_1", "15"),
                        org.assertj.core.groups.Tuple.tuple("wallet_other", "3"));
        assertThat(expired).allSatisfy(t -> {
            assertThat(t.type()).isEqualTo(TransactionType.DEBIT);
            assertThat(t.reason()).isEqualTo(TransactionReason.CREDIT_EXPIRED);
            assertThat(t.audit().createdBy()).isEqualTo(ExpireWalletCreditsUseCase.SYSTEM_ACTOR);
        });
        assertThat(world.stored(here).creditBalance()).isEqualTo(Credits.of("7")).isEqualTo(world.openCredits(here));
        assertThat(world.expiry.expireInEveryScope(TOMORROW)).isEmpty();
    }

    @Test
    void nothingExpiresBeforeItsExpiry() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "20", TOMORROW, null);

        assertThat(world.expiry.expire(world.caller, TOMORROW.minusNanos(1))).isEmpty();
        assertThat(world.expiry.expire(world.caller, TOMORROW)).hasSize(1);
    }

    @Test
    void expiryBelowTheThresholdTopsTheWalletUp() {
        Wallet wallet = world.wallets.add(aWallet().autoTopUp(new AutoTopUp(true, Credits.of("10"), Credits.of("25"),
                false, Duration.ZERO)).build());
        world.grant(wallet, "20", TOMORROW, null);

        world.expiry.expire(world.caller, TOMORROW);

        assertThat(world.stored(wallet).creditBalance()).isEqualTo(Credits.of("25")); // 20 - 20 + 25
    }
}
