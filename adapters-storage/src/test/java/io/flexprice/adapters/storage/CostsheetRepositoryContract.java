package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link CostsheetRepository} does. */
public abstract class CostsheetRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    protected abstract CostsheetRepository repository();

    private Costsheet costsheet(String name, String lookupKey, Status status, Instant createdAt) {
        return new Costsheet(new CostsheetId(Fixtures.uniqueId("costsheet")), scope, name, "GPU hours", lookupKey,
                Metadata.of(Map.of("region", "eu")), status, new Audit(createdAt, "alice", createdAt, "alice"));
    }

    @Test
    void insertedCostsheetIsReadBackWithEveryFieldAndOnlyInItsScope() {
        Costsheet c = costsheet("Infra", "infra", Status.PUBLISHED, T0);

        repository().insert(c);

        assertThat(repository().findById(scope, c.id())).contains(c);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        assertThat(repository().findById(other, c.id())).isEmpty();
        assertThat(repository().findActive(other)).isEmpty();
    }

    @Test
    void liveNamesAndLookupKeysAreUniqueUntilTheCostsheetIsDeleted() {
        Costsheet first = costsheet("Infra", "infra", Status.PUBLISHED, T0);
        repository().insert(first);

        assertThatThrownBy(() -> repository().insert(costsheet("Infra", null, Status.PUBLISHED, T0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COSTSHEET_NAME_TAKEN));
        assertThatThrownBy(() -> repository().insert(costsheet("Other", "infra", Status.PUBLISHED, T0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COSTSHEET_LOOKUP_KEY_TAKEN));

        repository().update(first.deleted(first.audit()));
        repository().insert(costsheet("Infra", "infra", Status.PUBLISHED, T0));
    }

    @Test
    void theActiveCostsheetIsThePublishedOneCreatedLast() {
        Costsheet old = costsheet("Old", null, Status.PUBLISHED, T0);
        Costsheet current = costsheet("Current", null, Status.PUBLISHED, T0.plusSeconds(60));
        Costsheet archived = costsheet("Archived", null, Status.ARCHIVED, T0.plusSeconds(120));
        Costsheet deleted = costsheet("Deleted", null, Status.PUBLISHED, T0.plusSeconds(180));
        List.of(old, current, archived, deleted).forEach(repository()::insert);
        repository().update(deleted.deleted(deleted.audit()));

        assertThat(repository().findActive(scope)).contains(current);
        assertThat(repository().search(scope, CostsheetFilter.ALL_LIVE,
                new PageRequest(10, 0, PageRequest.SortOrder.ASC)).items()).containsExactly(old, current, archived);
        assertThat(repository().search(scope, new CostsheetFilter(null, null, "Old", null), PageRequest.first(10))
                .items()).containsExactly(old);
        assertThat(repository().search(scope, new CostsheetFilter(List.of(archived.id().value()), null, null,
                Status.ARCHIVED), PageRequest.first(10)).total()).isEqualTo(1);
    }
}
