package io.flexprice.ports.in.plan;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.ports.in.plan.ManagePlansUseCase.PlanView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.plan.PlanFilter;

public interface FindPlansQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live plan with this id
     */
    PlanView get(Caller caller, PlanId id);

    Page<Plan> search(Caller caller, PlanFilter filter, PageRequest page);
}
