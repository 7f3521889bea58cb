package io.flexprice.ports.out.plan;

import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a plan search; empty lists and nulls do not narrow. {@code status} null means every status but
 * deleted.
 */
public record PlanFilter(List<String> planIds, List<String> lookupKeys, Status status) {

    public static final PlanFilter ALL_LIVE = new PlanFilter(List.of(), List.of(), null);

    public PlanFilter {
        planIds = planIds == null ? List.of() : List.copyOf(planIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }
}
