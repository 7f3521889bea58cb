package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.AutoTopUp;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletConfig;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletFilter;
import io.flexprice.ports.out.wallet.WalletRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WalletRepository} does. */
public abstract class WalletRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private CustomerId customer;

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract WalletRepository repository();

    /** Where the wallets' customers are stored. */
    protected abstract CustomerRepository customers();

    @BeforeEach
    void storeACustomer() {
        customer = aCustomerIn(scope);
    }

    private CustomerId aCustomerIn(Scope in) {
        var stored = Fixtures.aCustomer(in).build();
        customers().insert(stored);
        return stored.id();
    }

    /** An empty, active PRE_PAID wallet of {@code owner} in {@code currency}. */
    public static Wallet aWallet(Scope scope, CustomerId owner, String currency, Instant createdAt) {
        return new Wallet(new WalletId(Fixtures.uniqueId("wallet")), scope, owner, "Prepaid", null,
                Currency.getInstance(currency), WalletType.PRE_PAID, WalletStatus.ACTIVE, ConversionRate.ONE, null,
                Credits.ZERO, null, null, null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    @Test
    void insertedWalletIsReadBackWithEveryField() {
        Wallet wallet = new Wallet(new WalletId(Fixtures.uniqueId("wallet")), scope, customer, "Main", "Credits",
                Currency.getInstance("EUR"), WalletType.POST_PAID, WalletStatus.ACTIVE, ConversionRate.of("2.5"),
                ConversionRate.of("0.333333333333"), Credits.of("1234.000000000001"),
                WalletConfig.of(List.of(PriceType.USAGE)),
                new AutoTopUp(true, Credits.of("10.5"), Credits.of("100"), true, Duration.ofMinutes(15)),
                T0.plusSeconds(30), Metadata.of(Map.of("team", "core", "region", "eu")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(wallet);

        assertThat(repository().findById(scope, wallet.id())).contains(wallet);
        assertThat(repository().lockById(scope, wallet.id())).contains(wallet);
    }

    @Test
    void updateReplacesTheWalletAndItsBalance() {
        Wallet wallet = aWallet(scope, customer, "USD", T0);
        repository().insert(wallet);
        Wallet changed = new Wallet(wallet.id(), scope, customer, null, null, wallet.currency(), wallet.type(),
                WalletStatus.CLOSED, wallet.conversionRate(), wallet.topupConversionRate(), Credits.of("0.5"),
                WalletConfig.ALL, AutoTopUp.DISABLED, null, Metadata.EMPTY, Status.PUBLISHED,
                wallet.audit().updatedBy("bob", T0.plusSeconds(5)));

        repository().update(changed);

        assertThat(repository().findById(scope, wallet.id())).contains(changed);
    }

    @Test
    void walletOfOneScopeIsInvisibleFromAnother() {
        Wallet wallet = aWallet(scope, customer, "USD", T0);
        repository().insert(wallet);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));

        assertThat(repository().findById(other, wallet.id())).isEmpty();
        assertThat(repository().lockById(other, wallet.id())).isEmpty();
        assertThat(repository().findByCustomer(other, customer)).isEmpty();
        assertThat(repository().search(other, WalletFilter.ALL, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aCustomerHasOneActiveWalletPerCurrencyAndTypeUntilItIsClosed() {
        Wallet first = aWallet(scope, customer, "USD", T0);
        repository().insert(first);
        Wallet euros = aWallet(scope, customer, "EUR", T0);
        repository().insert(euros);

        assertConflict(() -> repository().insert(aWallet(scope, customer, "USD", T0)));
        assertConflict(() -> repository().update(new Wallet(euros.id(), scope, customer, null, null,
                first.currency(), euros.type(), euros.walletStatus(), euros.conversionRate(), null, Credits.ZERO,
                null, null, null, null, Status.PUBLISHED, euros.audit())));
        repository().update(new Wallet(first.id(), scope, customer, null, null, first.currency(), first.type(),
                WalletStatus.CLOSED, first.conversionRate(), null, Credits.ZERO, null, null, null, null,
                Status.PUBLISHED, first.audit()));
        repository().insert(aWallet(scope, customer, "USD", T0));
        repository().insert(aWallet(scope, aCustomerIn(scope), "USD", T0));
    }

    @Test
    void aCustomersWalletsAreListedOldestFirst() {
        Wallet newer = aWallet(scope, customer, "USD", T0.plusSeconds(1));
        Wallet older = aWallet(scope, customer, "EUR", T0);
        repository().insert(newer);
        repository().insert(older);
        repository().insert(aWallet(scope, aCustomerIn(scope), "USD", T0));

        assertThat(repository().findByCustomer(scope, customer)).containsExactly(older, newer);
    }

    @Test
    void searchNarrowsByIdsCustomersAndWalletStatusAndPagesNewestFirst() {
        CustomerId other = aCustomerIn(scope);
        Wallet oldest = aWallet(scope, customer, "USD", T0);
        Wallet middle = aWallet(scope, customer, "EUR", T0.plusSeconds(1));
        Wallet newest = aWallet(scope, other, "USD", T0.plusSeconds(2));
        Wallet closed = new Wallet(new WalletId(Fixtures.uniqueId("wallet")), scope, other, null, null,
                Currency.getInstance("USD"), WalletType.PRE_PAID, WalletStatus.CLOSED, ConversionRate.ONE, null,
                Credits.ZERO, null, null, null, null, Status.PUBLISHED, Audit.createdBy("x", T0.plusSeconds(3)));
        for (Wallet wallet : List.of(middle, newest, oldest, closed)) {
            repository().insert(wallet);
        }

        assertThat(search(WalletFilter.ALL).items()).containsExactly(closed, newest, middle, oldest);
        assertThat(search(new WalletFilter(null, null, WalletStatus.CLOSED)).items()).containsExactly(closed);
        assertThat(search(new WalletFilter(null, List.of(other.value()), WalletStatus.ACTIVE)).items())
                .containsExactly(newest);
        assertThat(search(new WalletFilter(List.of(oldest.id().value(), middle.id().value()), null, null)).items())
                .containsExactly(middle, oldest);
        Page<Wallet> page = repository().search(scope, WalletFilter.ALL, new PageRequest(2, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle, newest);
        assertThat(page.total()).isEqualTo(4);
    }

    @Test
    void updateOfAWalletThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aWallet(scope, customer, "USD", T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<Wallet> search(WalletFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.WALLET_ALREADY_ACTIVE));
    }
}
