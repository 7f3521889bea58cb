package io.flexprice.ports.in.addon;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.ports.in.addon.ManageAddonsUseCase.AddonView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonFilter;

public interface FindAddonsQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live addon with this id
     */
    AddonView get(Caller caller, AddonId id);

    /**
     * @throws io.flexprice.domain.common.NotFoundException if no live addon has this lookup key
     */
    AddonView getByLookupKey(Caller caller, String lookupKey);

    Page<Addon> search(Caller caller, AddonFilter filter, PageRequest page);
}
