package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.CreditConsumption;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link WalletTransactionRepository} does. */
public abstract class WalletTransactionRepositoryContract {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant JUNE = Instant.parse("2024-06-01T00:00:00Z");

    private final Scope scope = Fixtures.aScope();
    private Wallet wallet;

    protected abstract WalletTransactionRepository repository();

    /** Where the entries' wallets are stored. */
    protected abstract WalletRepository wallets();

    /** Where the wallets' customers are stored. */
    protected abstract CustomerRepository customers();

    @BeforeEach
    void storeAWallet() {
        wallet = aStoredWallet(scope);
    }

    private Wallet aStoredWallet(Scope in) {
        var customer = Fixtures.aCustomer(in).build();
        customers().insert(customer);
        Wallet stored = WalletRepositoryContract.aWallet(in, customer.id(), "USD", T0);
        wallets().insert(stored);
        return stored;
    }

    private static WalletTransaction credit(Wallet wallet, String credits, String available, Instant expiry,
                                            TransactionStatus status, Instant createdAt) {
        Credits amount = Credits.of(credits);
        boolean completed = status == TransactionStatus.COMPLETED;
        return new WalletTransaction(new WalletTransactionId(Fixtures.uniqueId("wtx")), wallet.scope(), wallet.id(),
                wallet.customerId(), TransactionType.CREDIT, amount, ConversionRate.ONE.amountOf(amount, USD),
                Credits.ZERO, completed ? amount : Credits.ZERO, status, TransactionReason.PURCHASED_CREDIT_INVOICED,
                WalletTxReferenceType.INVOICE, "inv_1", "Bought", Metadata.of(Map.of("k", "v")), expiry, 2,
                completed ? Credits.of(available) : Credits.ZERO, null, ConversionRate.ONE, ConversionRate.of("0.8"),
                List.of(), Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    private WalletTransaction credit(String credits, Instant expiry, Instant createdAt) {
        return credit(wallet, credits, credits, expiry, TransactionStatus.COMPLETED, createdAt);
    }

    @Test
    void aCreditAndADebitAreReadBackWithEveryField() {
        WalletTransaction credit = credit("100.000000000001", JUNE, T0);
        WalletTransaction debit = new WalletTransaction(new WalletTransactionId(Fixtures.uniqueId("wtx")), scope,
                wallet.id(), wallet.customerId(), TransactionType.DEBIT, Credits.of("40"),
                new Money(new BigDecimal("39.999999999999"), USD), Credits.of("100.000000000001"),
                Credits.of("60.000000000001"), TransactionStatus.COMPLETED, TransactionReason.CREDIT_ADJUSTMENT,
                null, null, null, Metadata.EMPTY, null, null, null, "key_1", ConversionRate.of("0.999999999999"), null,
                List.of(new CreditConsumption(credit.id(), Credits.of("40"))), Status.PUBLISHED,
                new Audit(T0, "bob", T0.plusSeconds(1), "carol"));

        repository().insert(credit);
        repository().insert(debit);

        assertThat(repository().findById(scope, credit.id())).contains(credit);
        assertThat(repository().findById(scope, debit.id())).contains(debit);
        assertThat(repository().findByIdempotencyKey(scope, "key_1")).contains(debit);
        assertThat(repository().findByIdempotencyKey(Fixtures.aScope(), "key_1")).isEmpty();
    }

    @Test
    void anIdempotencyKeyIsTakenOncePerScope() {
        WalletTransaction first = withKey(credit("1", null, T0), "key_x");
        repository().insert(first);

        assertThatThrownBy(() -> repository().insert(withKey(credit("2", null, T0), "key_x")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED));
        Wallet elsewhere = aStoredWallet(Fixtures.aScope());
        repository().insert(withKey(credit(elsewhere, "3", "3", null, TransactionStatus.COMPLETED, T0), "key_x"));
        assertThat(repository().findByIdempotencyKey(scope, "key_x")).contains(first);
    }

    @Test
    void updateChangesOnlyTheCreditsAvailableAndAPendingEntrysSettlement() {
        WalletTransaction credit = credit("100", null, T0);
        repository().insert(credit);
        WalletTransaction pending = credit(wallet, "50", "0", null, TransactionStatus.PENDING, T0);
        repository().insert(pending);

        WalletTransaction consumed = new WalletTransaction(credit.id(), scope, wallet.id(), wallet.customerId(),
                credit.type(), credit.creditAmount(), credit.amount(), credit.creditBalanceBefore(),
                credit.creditBalanceAfter(), credit.transactionStatus(), credit.reason(), null, null,
                "changed, and ignored", null, null, null, Credits.of("25"), null, credit.conversionRate(), null, null,
                credit.status(), credit.audit().updatedBy("bob", T0.plusSeconds(9)));
        repository().update(consumed);
        WalletTransaction completed = new WalletTransaction(pending.id(), scope, wallet.id(), wallet.customerId(),
                pending.type(), pending.creditAmount(), pending.amount(), Credits.of("25"), Credits.of("75"),
                TransactionStatus.COMPLETED, pending.reason(), pending.referenceType(), pending.referenceId(),
                pending.description(), pending.metadata(), pending.expiryDate(), pending.priority(), Credits.of("50"),
                null, pending.conversionRate(), pending.topupConversionRate(), List.of(), pending.status(),
                pending.audit().updatedBy("system", T0.plusSeconds(10)));
        repository().update(completed);

        WalletTransaction read = repository().findById(scope, credit.id()).orElseThrow();
        assertThat(read.creditsAvailable()).isEqualTo(Credits.of("25"));
        assertThat(read.description()).isEqualTo("Bought");
        assertThat(read.referenceId()).isEqualTo("inv_1");
        assertThat(read.audit().updatedBy()).isEqualTo("bob");
        assertThat(read.audit().createdAt()).isEqualTo(T0);
        assertThat(repository().findById(scope, pending.id())).contains(completed);
    }

    @Test
    void aSettledEntryKeepsItsSettlement() {
        WalletTransaction pending = credit(wallet, "50", "0", null, TransactionStatus.PENDING, T0);
        repository().insert(pending);
        WalletTransaction failed = new WalletTransaction(pending.id(), scope, wallet.id(), wallet.customerId(),
                pending.type(), pending.creditAmount(), pending.amount(), Credits.ZERO, Credits.ZERO,
                TransactionStatus.FAILED, pending.reason(), null, null, null, null, null, null, null, null,
                pending.conversionRate(), null, null, pending.status(), pending.audit());
        repository().update(failed);

        assertThatThrownBy(() -> repository().update(new WalletTransaction(pending.id(), scope, wallet.id(),
                wallet.customerId(), pending.type(), pending.creditAmount(), pending.amount(), Credits.ZERO,
                Credits.of("50"), TransactionStatus.COMPLETED, pending.reason(), null, null, null, null, null, null,
                Credits.of("50"), null, pending.conversionRate(), null, null, pending.status(), pending.audit())))
                .isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(scope, pending.id()).orElseThrow().transactionStatus())
                .isEqualTo(TransactionStatus.FAILED);
        assertThatThrownBy(() -> repository().update(credit("1", null, T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void openCreditsArePendingNorSpentNorDebitsAndAreListedOldestFirst() {
        WalletTransaction newer = credit("10", null, T0.plusSeconds(1));
        WalletTransaction older = credit("20", JUNE, T0);
        WalletTransaction spent = credit(wallet, "5", "0", null, TransactionStatus.COMPLETED, T0);
        WalletTransaction pending = credit(wallet, "7", "0", null, TransactionStatus.PENDING, T0);
        for (WalletTransaction t : List.of(newer, older, spent, pending)) {
            repository().insert(t);
        }
        repository().insert(credit(aStoredWallet(scope), "1", "1", null, TransactionStatus.COMPLETED, T0));

        assertThat(repository().findOpenCredits(scope, wallet.id())).containsExactly(older, newer);
        assertThat(repository().findPending(scope, WalletTxReferenceType.INVOICE, "inv_1")).containsExactly(pending);
        assertThat(repository().findPending(scope, WalletTxReferenceType.INVOICE, "inv_2")).isEmpty();
    }

    @Test
    void walletsAndScopesWithCreditsExpiredAtAnInstantIncludeItsBoundary() {
        repository().insert(credit("10", JUNE, T0));
        Scope otherScope = Fixtures.aScope();
        Wallet other = aStoredWallet(otherScope);
        repository().insert(credit(other, "5", "5", JUNE.plusSeconds(1), TransactionStatus.COMPLETED, T0));
        repository().insert(credit(other, "5", "0", JUNE.minusSeconds(1), TransactionStatus.COMPLETED, T0));

        assertThat(repository().findWalletsWithExpiredCredits(scope, JUNE.minusNanos(1000))).isEmpty();
        assertThat(repository().findWalletsWithExpiredCredits(scope, JUNE)).containsExactly(wallet.id());
        assertThat(repository().findScopesWithExpiredCreditsAcrossTenants(JUNE)).contains(scope)
                .doesNotContain(otherScope);
        assertThat(repository().findScopesWithExpiredCreditsAcrossTenants(JUNE.plusSeconds(1))).contains(scope,
                otherScope);
    }

    @Test
    void searchNarrowsByEveryFilterAndPagesNewestFirst() {
        WalletTransaction early = credit("10", JUNE, T0);
        WalletTransaction late = credit("30", null, T0.plusSeconds(60));
        WalletTransaction debit = new WalletTransaction(new WalletTransactionId(Fixtures.uniqueId("wtx")), scope,
                wallet.id(), wallet.customerId(), TransactionType.DEBIT, Credits.of("1"),
                new Money(BigDecimal.ONE, USD), Credits.of("40"), Credits.of("39"), TransactionStatus.COMPLETED,
                TransactionReason.MANUAL_BALANCE_DEBIT, WalletTxReferenceType.REQUEST, "req_1", null, null, null,
                null, null, null, ConversionRate.ONE, null, List.of(new CreditConsumption(late.id(), Credits.of("1"))),
                Status.PUBLISHED, Audit.createdBy("bob", T0.plusSeconds(30)));
        for (WalletTransaction t : List.of(early, late, debit)) {
            repository().insert(t);
        }
        repository().insert(credit(aStoredWallet(scope), "2", "2", null, TransactionStatus.COMPLETED, T0));

        assertThat(search(WalletTransactionFilter.ALL.ofWallet(wallet.id().value()))).containsExactly(late, debit,
                early);
        assertThat(search(filter(TransactionType.DEBIT, null, null, null, null, null, null, null)))
                .containsExactly(debit);
        assertThat(search(filter(null, TransactionReason.PURCHASED_CREDIT_INVOICED, WalletTxReferenceType.INVOICE,
                "inv_1", null, null, null, null))).containsExactly(late, early);
        assertThat(search(filter(null, null, null, null, T0.plusSeconds(30), T0.plusSeconds(60), null, null)))
                .containsExactly(debit);
        assertThat(search(filter(null, null, null, null, null, null, JUNE.minusSeconds(1), null)))
                .containsExactly(early);
        assertThat(search(filter(null, null, null, null, null, null, null, Credits.of("10")))).containsExactly(late);
        // the credits have priority 2 and were made by alice, the debit (no priority) by bob
        assertThat(search(new WalletTransactionFilter(List.of(wallet.id().value()), null, null, null, null, null, null,
                null, null, null, null, null, 2, null, SearchConditions.NONE))).containsExactly(late, early);
        assertThat(search(new WalletTransactionFilter(List.of(wallet.id().value()), null, null, null, null, null, null,
                null, null, null, null, null, null, "bob", SearchConditions.NONE))).containsExactly(debit);
        assertThat(repository().search(scope, new WalletTransactionFilter(null, List.of(early.id().value(),
                debit.id().value()), null, null, TransactionStatus.COMPLETED, null, null, null, null, null, null, null,
                null, null, SearchConditions.NONE),
                new PageRequest(1, 1, PageRequest.SortOrder.ASC)).items()).containsExactly(debit);
        assertThat(repository().search(scope, WalletTransactionFilter.ALL, PageRequest.first(1)).total())
                .isEqualTo(4);
    }

    private WalletTransactionFilter filter(TransactionType type, TransactionReason reason,
                                           WalletTxReferenceType referenceType, String referenceId, Instant from,
                                           Instant before, Instant expiryAfter, Credits availableAbove) {
        return new WalletTransactionFilter(List.of(wallet.id().value()), null, type, reason, null, referenceType,
                referenceId, from, before, expiryAfter, null, availableAbove, null, null, SearchConditions.NONE);
    }

    private List<WalletTransaction> search(WalletTransactionFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10)).items();
    }

    private static WalletTransaction withKey(WalletTransaction t, String key) {
        return new WalletTransaction(t.id(), t.scope(), t.walletId(), t.customerId(), t.type(), t.creditAmount(),
                t.amount(), t.creditBalanceBefore(), t.creditBalanceAfter(), t.transactionStatus(), t.reason(),
                t.referenceType(), t.referenceId(), t.description(), t.metadata(), t.expiryDate(), t.priority(),
                t.creditsAvailable(), key, t.conversionRate(), t.topupConversionRate(), t.consumptions(), t.status(),
                t.audit());
    }
}
