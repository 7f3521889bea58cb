package io.flexprice.ports.in.plan;

import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface ManagePlansUseCase {

    /** Creates the plan and its prices atomically. */
    PlanView create(Caller caller, CreatePlanCommand command);

    PlanView update(Caller caller, PlanId id, UpdatePlanCommand command);

    /** Soft delete of the plan and of the prices it lists. */
    void delete(Caller caller, PlanId id);

    /**
     * A new plan with the source's fields (see {@link ClonePlanCommand}) and a copy of each of its prices that
     * has not ended: new ids, no lookup keys, starting now or at their later start; all stored atomically.
     * The copy's metadata records {@code source_plan_id}, as FlexPrice's does.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live plan has the lookup key
     */
    PlanView clone(Caller caller, PlanId sourceId, ClonePlanCommand command);

    /** A plan with its live prices that have not ended (current and scheduled versions), oldest first. */
    record PlanView(Plan plan, List<ListedPrice> prices) {

        public PlanView {
            prices = List.copyOf(prices);
        }
    }
}
