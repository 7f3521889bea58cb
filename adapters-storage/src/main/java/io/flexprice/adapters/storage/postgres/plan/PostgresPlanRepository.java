package io.flexprice.adapters.storage.postgres.plan;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** Plans. The partial unique index {@code plans_live_lookup_key_idx} keeps a live plan's lookup key unique. */
public final class PostgresPlanRepository implements PlanRepository {

    private static final SearchColumns<Plan> COLUMNS = SearchColumns.of(PlanFilter.FIELDS);

    private static final String LIVE_LOOKUP_KEY = "plans_live_lookup_key_idx";

    private final PlanMapper mapper;

    @Inject
    public PostgresPlanRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(PlanMapper.class);
    }

    @Override
    public void insert(Plan plan) {
        write(plan, mapper::insert);
    }

    /**
     * @throws ConflictException if a live plan of the scope has the same lookup key
     * @throws IllegalStateException if the plan is not stored in its scope
     */
    @Override
    public void update(Plan plan) {
        PostgresErrors.requireOneUpdated(write(plan, mapper::update), plan.id());
    }

    @Override
    public Optional<Plan> findById(Scope scope, PlanId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(PlanRow::toDomain);
    }

    @Override
    public Page<Plan> search(Scope scope, PlanFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(PlanRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    private int write(Plan plan, ToIntFunction<PlanRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_LOOKUP_KEY,
                () -> new ConflictException(ErrorCode.PLAN_LOOKUP_KEY_TAKEN,
                        "a plan with lookup key " + plan.lookupKey() + " already exists"),
                () -> statement.applyAsInt(PlanRow.from(plan)));
    }
}
