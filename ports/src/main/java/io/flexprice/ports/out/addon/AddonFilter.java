package io.flexprice.ports.out.addon;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows an addon search; empty lists and nulls do not narrow. {@code status} null means every status but
 * deleted.
 */
public record AddonFilter(List<String> addonIds, List<String> lookupKeys, AddonType type, Status status,
                          SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Addon> FIELDS = SearchFields.<Addon>builder()
            .string("id", a -> a.id().value())
            .string("name", Addon::name)
            .string("lookup_key", Addon::lookupKey)
            .string("type", a -> a.type().wireValue())
            .string("status", a -> a.status().wireValue())
            .date("created_at", a -> a.audit().createdAt())
            .date("updated_at", a -> a.audit().updatedAt())
            .build();

    public static final AddonFilter ALL_LIVE = new AddonFilter(List.of(), List.of(), null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public AddonFilter(List<String> addonIds, List<String> lookupKeys, AddonType type, Status status) {
        this(addonIds, lookupKeys, type, status, SearchConditions.NONE);
    }

    public AddonFilter {
        conditions = FIELDS.admit(conditions);
        addonIds = addonIds == null ? List.of() : List.copyOf(addonIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }
}
