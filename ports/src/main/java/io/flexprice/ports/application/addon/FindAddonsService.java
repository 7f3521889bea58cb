package io.flexprice.ports.application.addon;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.addon.FindAddonsQuery;
import io.flexprice.ports.in.addon.ManageAddonsUseCase.AddonView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;

public final class FindAddonsService implements FindAddonsQuery {

    private final AddonRepository addons;
    private final PriceRepository prices;
    private final Clock clock;

    public FindAddonsService(AddonRepository addons, PriceRepository prices, Clock clock) {
        this.addons = addons;
        this.prices = prices;
        this.clock = clock;
    }

    @Override
    public AddonView get(Caller caller, AddonId id) {
        return view(prices, caller.scope(), ManagePricesService.liveAddon(addons, caller.scope(), id),
                clock.instant());
    }

    @Override
    public AddonView getByLookupKey(Caller caller, String lookupKey) {
        Addon addon = addons.findByLookupKey(caller.scope(), lookupKey)
                .orElseThrow(() -> ManagePricesService.addonNotFound("with lookup key " + lookupKey));
        return view(prices, caller.scope(), addon, clock.instant());
    }

    @Override
    public Page<Addon> search(Caller caller, AddonFilter filter, PageRequest page) {
        return addons.search(caller.scope(), filter, page);
    }

    /** The addon with its live prices that have not ended at {@code now}, oldest first. */
    static AddonView view(PriceRepository prices, Scope scope, Addon addon, Instant now) {
        return new AddonView(addon, EntityPrices.notEnded(prices, scope, PriceEntityType.ADDON, addon.id().value(),
                now));
    }
}
