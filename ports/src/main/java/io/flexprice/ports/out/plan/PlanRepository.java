package io.flexprice.ports.out.plan;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface PlanRepository {

    /**
     * Stores a new plan.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live plan of the scope has the same lookup key
     */
    void insert(Plan plan);

    /** Replaces a stored plan; same uniqueness rule as {@link #insert}. */
    void update(Plan plan);

    /** The plan whatever its status. */
    Optional<Plan> findById(Scope scope, PlanId id);

    /** Matching plans by creation time (then id) in the order the page asks. */
    Page<Plan> search(Scope scope, PlanFilter filter, PageRequest page);
}
