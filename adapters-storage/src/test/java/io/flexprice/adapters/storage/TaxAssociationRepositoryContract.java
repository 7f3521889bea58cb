package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaxAssociationRepository} does. */
public abstract class TaxAssociationRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private TaxRate vat;
    private TaxRate gst;

    protected abstract TaxAssociationRepository repository();

    /** Where the associations' rates are stored first (Postgres checks the reference). */
    protected abstract TaxRateRepository rates();

    @BeforeEach
    void storeRates() {
        vat = TaxRateRepositoryContract.aTaxRate(scope, "VAT", T0);
        gst = TaxRateRepositoryContract.aTaxRate(scope, "GST", T0);
        rates().insert(vat);
        rates().insert(gst);
    }

    private TaxAssociation attach(TaxRate rate, TaxEntityType type, String entityId, Instant createdAt) {
        return new TaxAssociation(new TaxAssociationId(Fixtures.uniqueId("ta")), scope, rate.id(), type, entityId, 0,
                true, null, null, null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    @Test
    void insertedAssociationIsReadBackWithEveryFieldAndUpdateReplacesIt() {
        TaxAssociation association = new TaxAssociation(new TaxAssociationId(Fixtures.uniqueId("ta")), scope,
                vat.id(), TaxEntityType.CUSTOMER, "cust_1", 3, true, Currency.getInstance("EUR"), T0,
                T0.plusSeconds(86_400), Metadata.of(Map.of("k", "v")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(5), "bob"));

        repository().insert(association);
        assertThat(repository().findById(scope, association.id())).contains(association);

        TaxAssociation changed = association.withDetails(0, false, null, Metadata.EMPTY,
                association.audit().updatedBy("carol", T0.plusSeconds(9)));
        repository().update(changed);
        assertThat(repository().findById(scope, association.id())).contains(changed);
        assertThat(repository().findById(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                association.id())).isEmpty();
    }

    @Test
    void searchNarrowsByEntityTypeEntityRateAndStatusAndPagesNewestFirst() {
        TaxAssociation tenant = attach(vat, TaxEntityType.TENANT, scope.tenantId().value(), T0);
        TaxAssociation customer = attach(gst, TaxEntityType.CUSTOMER, "cust_1", T0.plusSeconds(1));
        TaxAssociation subscription = attach(vat, TaxEntityType.SUBSCRIPTION, "sub_1", T0.plusSeconds(2));
        TaxAssociation deleted = attach(gst, TaxEntityType.SUBSCRIPTION, "sub_1", T0.plusSeconds(3))
                .deleted(Audit.createdBy("x", T0));
        for (TaxAssociation association : List.of(customer, subscription, tenant, deleted)) {
            repository().insert(association);
        }

        assertThat(search(TaxAssociationFilter.ALL_LIVE).items()).containsExactly(subscription, customer, tenant);
        assertThat(search(new TaxAssociationFilter(TaxEntityType.SUBSCRIPTION, null, null, null)).items())
                .containsExactly(subscription);
        assertThat(search(new TaxAssociationFilter(null, List.of("cust_1", "sub_1"), null, null)).items())
                .containsExactly(subscription, customer);
        assertThat(search(TaxAssociationFilter.ofRate(vat.id().value())).items()).containsExactly(subscription, tenant);
        assertThat(search(new TaxAssociationFilter(null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        Page<TaxAssociation> page = repository().search(scope, TaxAssociationFilter.ALL_LIVE,
                new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(customer);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void theLiveAssociationsOfTheEntitiesGivenAreFoundOldestFirst() {
        TaxAssociation tenant = attach(vat, TaxEntityType.TENANT, scope.tenantId().value(), T0.plusSeconds(2));
        TaxAssociation customer = attach(gst, TaxEntityType.CUSTOMER, "cust_1", T0.plusSeconds(1));
        TaxAssociation subscription = attach(vat, TaxEntityType.SUBSCRIPTION, "sub_1", T0);
        TaxAssociation notAutoApplied = new TaxAssociation(new TaxAssociationId(Fixtures.uniqueId("ta")), scope,
                gst.id(), TaxEntityType.SUBSCRIPTION, "sub_1", 0, false, null, null, T0, Metadata.EMPTY,
                Status.PUBLISHED, Audit.createdBy("alice", T0.plusSeconds(3)));
        TaxAssociation deleted = attach(gst, TaxEntityType.CUSTOMER, "cust_1", T0).deleted(Audit.createdBy("x", T0));
        TaxAssociation otherCustomer = attach(vat, TaxEntityType.CUSTOMER, "cust_2", T0);
        TaxAssociation sameIdOtherType = attach(vat, TaxEntityType.SUBSCRIPTION, "cust_1", T0);
        for (TaxAssociation association : List.of(tenant, customer, subscription, notAutoApplied, deleted,
                otherCustomer, sameIdOtherType)) {
            repository().insert(association);
        }

        List<TaxEntity> entities = List.of(new TaxEntity(TaxEntityType.SUBSCRIPTION, "sub_1"),
                new TaxEntity(TaxEntityType.CUSTOMER, "cust_1"),
                new TaxEntity(TaxEntityType.TENANT, scope.tenantId().value()));

        assertThat(repository().findLiveAttachedTo(scope, entities))
                .containsExactly(subscription, customer, tenant, notAutoApplied);
        assertThat(repository().findLiveAttachedTo(scope, List.of())).isEmpty();
        assertThat(repository().findLiveAttachedTo(new Scope(scope.tenantId(),
                new EnvironmentId(Fixtures.uniqueId("env"))), entities)).isEmpty();
    }

    @Test
    void updateOfAnAssociationThatIsNotStoredFails() {
        assertThatThrownBy(() -> repository().update(attach(vat, TaxEntityType.TENANT, "t", T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<TaxAssociation> search(TaxAssociationFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }
}
