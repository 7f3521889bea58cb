package io.flexprice.ports.out.costsheet;

import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a costsheet search; empty lists and nulls do not narrow. {@code name} matches exactly;
 * {@code status} null means every status but deleted.
 */
public record CostsheetFilter(List<String> costsheetIds, List<String> lookupKeys, String name, Status status) {

    public static final CostsheetFilter ALL_LIVE = new CostsheetFilter(null, null, null, null);

    public CostsheetFilter {
        costsheetIds = costsheetIds == null ? List.of() : List.copyOf(costsheetIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
        name = name == null || name.isBlank() ? null : name;
    }
}
