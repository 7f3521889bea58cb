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

    /** A plan with its live prices, oldest first. */
    record PlanView(Plan plan, List<ListedPrice> prices) {

        public PlanView {
            prices = List.copyOf(prices);
        }
    }
}
