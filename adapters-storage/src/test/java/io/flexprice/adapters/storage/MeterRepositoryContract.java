package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.metering.MeterRepository;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link MeterRepository} does. */
public abstract class MeterRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract MeterRepository repository();

    @Test
    void insertedMeterIsReadBackWithEveryField() {
        Meter bucketedMax = new Meter(new MeterId(Fixtures.uniqueId("meter")), scope, "Peak seats", "seats_changed",
                new Aggregation(AggregationType.MAX, "seats", null, WindowSize.HOUR, "workspace"),
                List.of(new PropertyFilter("plan", List.of("pro", "team")),
                        new PropertyFilter("region", List.of("eu"))),
                ResetUsage.NEVER, Status.PUBLISHED, new Audit(T0, "alice", T0.plusSeconds(60), "bob"));
        Meter multiplied = new Meter(new MeterId(Fixtures.uniqueId("meter")), scope, "Tokens", "llm_call",
                new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "tokens", new BigDecimal("0.001"), null, null),
                List.of(), ResetUsage.BILLING_PERIOD, Status.ARCHIVED, Fixtures.auditCreatedAt(T0));

        repository().insert(bucketedMax);
        repository().insert(multiplied);

        assertThat(repository().findById(scope, bucketedMax.id())).contains(bucketedMax);
        assertThat(repository().findById(scope, multiplied.id())).contains(multiplied);
    }

    @Test
    void updateReplacesFiltersAndStatus() {
        Meter meter = Fixtures.aMeter(scope, T0);
        repository().insert(meter);
        Meter filtered = meter.withFilters(List.of(new PropertyFilter("method", List.of("GET"))),
                meter.audit().updatedBy("carol", T0.plusSeconds(60)));
        Meter archived = filtered.withStatus(Status.ARCHIVED, filtered.audit().updatedBy("dave", T0.plusSeconds(120)));

        repository().update(filtered);
        assertThat(repository().findById(scope, meter.id())).contains(filtered);
        repository().update(archived);
        assertThat(repository().findById(scope, meter.id())).contains(archived);
    }

    @Test
    void meterOfOneScopeIsInvisibleFromAnother() {
        Meter meter = Fixtures.aMeter(scope, T0);
        repository().insert(meter);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, meter.id())).isEmpty();
            assertThat(repository().list(other, PageRequest.first(10)).total()).isZero();
        }
    }

    @Test
    void listLeavesDeletedMetersOutButFindByIdDoesNot() {
        Meter published = Fixtures.aMeter(scope, T0);
        Meter archived = Fixtures.aMeter(scope, T0.plusSeconds(1));
        Meter deleted = Fixtures.aMeter(scope, T0.plusSeconds(2));
        insert(published, archived, deleted);
        Meter nowArchived = archived.withStatus(Status.ARCHIVED, archived.audit());
        Meter nowDeleted = deleted.withStatus(Status.DELETED, deleted.audit());
        repository().update(nowArchived);
        repository().update(nowDeleted);

        assertThat(repository().list(scope, PageRequest.first(10)).items()).containsExactly(nowArchived, published);
        assertThat(repository().findById(scope, deleted.id())).contains(nowDeleted);
    }

    @Test
    void listIsNewestFirstByDefaultOldestFirstOnRequestAndPaged() {
        Meter oldest = Fixtures.aMeter(scope, T0);
        Meter middle = Fixtures.aMeter(scope, T0.plusSeconds(60));
        Meter newest = Fixtures.aMeter(scope, T0.plusSeconds(120));
        insert(middle, newest, oldest);

        assertThat(repository().list(scope, PageRequest.first(10)).items()).containsExactly(newest, middle, oldest);
        assertThat(repository().list(scope, new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(oldest, middle, newest);
        Page<Meter> page = repository().list(scope, new PageRequest(1, 1, SortOrder.DESC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.limit()).isEqualTo(1);
        assertThat(page.offset()).isEqualTo(1);
    }

    @Test
    void updateOfAMeterThatIsNotStoredInTheScopeFails() {
        Meter meter = Fixtures.aMeter(scope, T0);
        repository().insert(meter);
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Meter elsewhere = new Meter(meter.id(), otherEnvironment, meter.name(), meter.eventName(), meter.aggregation(),
                meter.filters(), meter.resetUsage(), meter.status(), meter.audit());

        assertThatThrownBy(() -> repository().update(Fixtures.aMeter(scope, T0)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository().update(elsewhere)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(scope, meter.id())).contains(meter);
    }

    private void insert(Meter... meters) {
        for (Meter meter : meters) {
            repository().insert(meter);
        }
    }
}
