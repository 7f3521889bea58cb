package io.flexprice.ports.out.pricing;

import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a price search; empty lists and nulls do not narrow. {@code entityIds} are the ids of the
 * entities that list the prices (plan ids). {@code status} null means every status but deleted.
 */
public record PriceFilter(List<String> priceIds, List<String> entityIds, List<String> meterIds,
                          List<String> lookupKeys, Status status) {

    public static final PriceFilter ALL_LIVE = new PriceFilter(List.of(), List.of(), List.of(), List.of(), null);

    public PriceFilter {
        priceIds = priceIds == null ? List.of() : List.copyOf(priceIds);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        meterIds = meterIds == null ? List.of() : List.copyOf(meterIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
    }

    public static PriceFilter ofEntity(String entityId) {
        return new PriceFilter(List.of(), List.of(entityId), List.of(), List.of(), null);
    }
}
