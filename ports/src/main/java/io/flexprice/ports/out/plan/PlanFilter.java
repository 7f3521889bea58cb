package io.flexprice.ports.out.plan;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a plan search; empty lists and nulls do not narrow. {@code status} null means every status but
 * deleted.
 */
public record PlanFilter(List<String> planIds, List<String> lookupKeys, Status status,
                         SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Plan> FIELDS = SearchFields.<Plan>builder()
            .string("id", p -> p.id().value())
            .string("name", Plan::name)
            .string("lookup_key", Plan::lookupKey)
            .string("description", Plan::description)
            .string("status", p -> p.status().wireValue())
            .date("created_at", p -> p.audit().createdAt())
            .date("updated_at", p -> p.audit().updatedAt())
            .build();

    public static final PlanFilter ALL_LIVE = new PlanFilter(List.of(), List.of(), null);


    /** A filter without {@code filters} or {@code sort}. */
    public PlanFilter(List<String> planIds, List<String> lookupKeys, Status status) {
        this(planIds, lookupKeys, status, SearchConditions.NONE);
    }

    public PlanFilter {
        conditions = FIELDS.admit(conditions);
        planIds = planIds == null ? List.of() : List.copyOf(planIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }
}
