package io.flexprice.ports.in.addon;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface ManageAddonsUseCase {

    /** Creates the addon and its prices atomically. */
    AddonView create(Caller caller, CreateAddonCommand command);

    AddonView update(Caller caller, AddonId id, UpdateAddonCommand command);

    /** Soft delete of the addon and of the prices it lists. */
    void delete(Caller caller, AddonId id);

    /** An addon with its prices that have not ended, oldest first. */
    record AddonView(Addon addon, List<ListedPrice> prices) {

        public AddonView {
            prices = List.copyOf(prices);
        }
    }
}
