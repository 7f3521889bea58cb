package io.flexprice.ports.application.wallet;

import static io.flexprice.ports.application.wallet.WalletWorld.usd;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Wallets.aWallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletBalance;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindWalletsServiceTest {

    private final WalletWorld world = new WalletWorld();
    private final List<CustomerId> askedFor = new ArrayList<>();
    private final UnbilledUsage usage = new UnbilledUsage() {
        @Override
        public Money currentPeriod(Scope scope, CustomerId customerId, Currency currency, Instant now) {
            askedFor.add(customerId);
            return usd("12.50");
        }
    };
    private final FindWalletsService find = new FindWalletsService(world.wallets, world.entries, world.customers,
            usage, world.clock);

    @Test
    void theRealTimeBalanceSubtractsTheUnbilledUsageOfTheCurrentPeriod() {
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "40", null, null);

        WalletBalance balance = find.balance(world.caller, wallet.id());

        assertThat(balance.realTimeBalance()).isEqualTo(usd("27.50")); // 40 - 12.50
        assertThat(balance.currentPeriodUsage()).isEqualTo(usd("12.50"));
        assertThat(balance.free()).isEqualTo(Credits.of("40"));
        assertThat(balance.at()).isEqualTo(NOW);
        assertThat(askedFor).containsExactly(wallet.customerId());
    }

    @Test
    void usageIsNotAskedForAWalletThatDoesNotPayIt() {
        Wallet wallet = world.wallets.add(aWallet().allowing(PriceType.FIXED).build());
        world.grant(wallet, "40", null, null);

        assertThat(find.balance(world.caller, wallet.id()).realTimeBalance()).isEqualTo(usd("40"));
        assertThat(askedFor).isEmpty();
    }

    @Test
    void theWalletsOfACustomerAndTheirLedger() {
        world.customers.add(aCustomer().build());
        Wallet wallet = world.wallets.add(aWallet().build());
        world.grant(wallet, "40", null, null);
        world.debit(wallet, "1");

        assertThat(find.forCustomer(world.caller, CustomerRef.byExternalId("acme"))).containsExactly(
                world.stored(wallet));
        assertThat(find.balancesForCustomer(world.caller, CustomerRef.byId("cust_stored_1"))).hasSize(1);
        assertThat(find.transactions(world.caller, wallet.id(), new WalletTransactionFilter(null, null,
                TransactionType.DEBIT, null, null, null, null, null, null, null, null, null, null, null, SearchConditions.NONE),
                PageRequest.first(10)).items()).hasSize(1);
        assertThatThrownBy(() -> find.transactions(world.caller, WalletId.of("wallet_missing"),
                WalletTransactionFilter.ALL, PageRequest.first(10)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_NOT_FOUND));
        assertThatThrownBy(() -> find.forCustomer(world.caller, CustomerRef.byId("cust_missing")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    }
}
