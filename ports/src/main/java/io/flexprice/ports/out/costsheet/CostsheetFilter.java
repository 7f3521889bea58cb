package io.flexprice.ports.out.costsheet;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a costsheet search; empty lists and nulls do not narrow. {@code name} matches exactly;
 * {@code status} null means every status but deleted.
 */
public record CostsheetFilter(List<String> costsheetIds, List<String> lookupKeys, String name, Status status,
                              SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Costsheet> FIELDS = SearchFields.<Costsheet>builder()
            .string("id", c -> c.id().value())
            .string("name", Costsheet::name)
            .string("lookup_key", Costsheet::lookupKey)
            .string("status", c -> c.status().wireValue())
            .date("created_at", c -> c.audit().createdAt())
            .date("updated_at", c -> c.audit().updatedAt())
            .build();

    public static final CostsheetFilter ALL_LIVE = new CostsheetFilter(null, null, null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public CostsheetFilter(List<String> costsheetIds, List<String> lookupKeys, String name, Status status) {
        this(costsheetIds, lookupKeys, name, status, SearchConditions.NONE);
    }

    public CostsheetFilter {
        conditions = FIELDS.admit(conditions);
        costsheetIds = costsheetIds == null ? List.of() : List.copyOf(costsheetIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
        name = name == null || name.isBlank() ? null : name;
    }
}
