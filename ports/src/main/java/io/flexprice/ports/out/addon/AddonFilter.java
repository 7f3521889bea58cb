package io.flexprice.ports.out.addon;

import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows an addon search; empty lists and nulls do not narrow. {@code status} null means every status but
 * deleted.
 */
public record AddonFilter(List<String> addonIds, List<String> lookupKeys, AddonType type, Status status) {

    public static final AddonFilter ALL_LIVE = new AddonFilter(List.of(), List.of(), null, null);

    public AddonFilter {
        addonIds = addonIds == null ? List.of() : List.copyOf(addonIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }
}
