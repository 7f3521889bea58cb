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
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tax.TaxRateFilter;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link TaxRateRepository} does. */
public abstract class TaxRateRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    protected abstract TaxRateRepository repository();

    /** An active internal 20% rate with the code given, created at {@code createdAt}. */
    public static TaxRate aTaxRate(Scope scope, String code, Instant createdAt) {
        return new TaxRate(new TaxRateId(Fixtures.uniqueId("taxrate")), scope, "VAT", code, null,
                TaxRateType.PERCENTAGE, new BigDecimal("20"), null, null, null, Metadata.EMPTY, Status.PUBLISHED,
                Audit.createdBy("alice", createdAt));
    }

    @Test
    void insertedRateIsReadBackWithEveryField() {
        TaxRate rate = new TaxRate(new TaxRateId(Fixtures.uniqueId("taxrate")), scope, "Stamp duty", "STAMP",
                "per invoice", TaxRateType.FIXED, null, new BigDecimal("1.50"), TaxRateScope.ONETIME,
                TaxRateStatus.INACTIVE, Metadata.of(Map.of("country", "IN")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(rate);

        assertThat(repository().findById(scope, rate.id())).contains(rate);
        assertThat(repository().findByCode(scope, "STAMP")).contains(rate);
    }

    @Test
    void aLiveCodeConflictsOnInsertAndUpdateUntilItsRateIsDeletedAndCodesAreCaseSensitive() {
        TaxRate first = aTaxRate(scope, "VAT", T0);
        repository().insert(first);
        TaxRate other = aTaxRate(scope, "GST", T0);
        repository().insert(other);

        assertConflict(() -> repository().insert(aTaxRate(scope, "VAT", T0)));
        assertConflict(() -> repository().update(other.withDetails("x", "VAT", null, TaxRateStatus.ACTIVE,
                Metadata.EMPTY, other.audit())));
        repository().insert(aTaxRate(scope, "vat", T0));
        repository().update(first.deleted(first.audit()));
        TaxRate successor = aTaxRate(scope, "VAT", T0);
        repository().insert(successor);

        assertThat(repository().findByCode(scope, "VAT")).contains(successor);
        assertThat(repository().findByCode(scope, "HST")).isEmpty();
    }

    @Test
    void rateOfOneScopeIsInvisibleFromAnother() {
        TaxRate rate = aTaxRate(scope, "VAT", T0);
        repository().insert(rate);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, rate.id())).isEmpty();
            assertThat(repository().findByCode(other, "VAT")).isEmpty();
            assertThat(repository().search(other, TaxRateFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
            repository().insert(aTaxRate(other, "VAT", T0));
        }
    }

    @Test
    void searchNarrowsByIdsCodesScopeAndStatusAndPagesNewestFirst() {
        TaxRate oldest = aTaxRate(scope, "A", T0);
        TaxRate middle = aTaxRate(scope, "B", T0.plusSeconds(1));
        TaxRate newest = new TaxRate(new TaxRateId(Fixtures.uniqueId("taxrate")), scope, "C", "C", null,
                TaxRateType.PERCENTAGE, BigDecimal.ONE, null, TaxRateScope.EXTERNAL, null, null, Status.PUBLISHED,
                Audit.createdBy("alice", T0.plusSeconds(2)));
        TaxRate deleted = aTaxRate(scope, "D", T0.plusSeconds(3)).deleted(Audit.createdBy("x", T0));
        for (TaxRate rate : List.of(middle, newest, oldest, deleted)) {
            repository().insert(rate);
        }

        assertThat(search(TaxRateFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new TaxRateFilter(null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(TaxRateFilter.ofIds(List.of(oldest.id().value(), newest.id().value()))).items())
                .containsExactly(newest, oldest);
        assertThat(search(new TaxRateFilter(null, List.of("B", "Z"), null, null)).items()).containsExactly(middle);
        assertThat(search(new TaxRateFilter(null, null, TaxRateScope.EXTERNAL, null)).items())
                .containsExactly(newest);
        Page<TaxRate> page = repository().search(scope, TaxRateFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void updateOfARateThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aTaxRate(scope, "X", T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<TaxRate> search(TaxRateFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.TAX_RATE_CODE_TAKEN));
    }
}
