package io.flexprice.ports.application.addon;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.application.pricing.PriceDrafts;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.in.addon.ManageAddonsUseCase;
import io.flexprice.ports.in.addon.UpdateAddonCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class ManageAddonsService implements ManageAddonsUseCase {

    private final AddonRepository addons;
    private final PriceRepository prices;
    private final MeterRepository meters;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageAddonsService(AddonRepository addons, PriceRepository prices, MeterRepository meters,
                               Transactions transactions, IdGenerator ids, Clock clock) {
        this.addons = addons;
        this.prices = prices;
        this.meters = meters;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Every violation, the addon's and its prices' ({@code prices[i].amount}), is reported at once. An inline
     * price belongs to the addon being created: one naming another entity ({@code entity_type} other than ADDON,
     * or any {@code entity_id}) is refused rather than moved to the addon.
     */
    @Override
    public AddonView create(Caller caller, CreateAddonCommand c) {
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            Addon addon = invalid.collect(() -> new Addon(new AddonId(ids.newId("addon")), caller.scope(), c.name(),
                    c.description(), c.lookupKey(), c.type(), Metadata.of(c.metadata()), Status.PUBLISHED, audit));
            String addonId = addon == null ? "-" : addon.id().value();
            List<ListedPrice> listed = new ArrayList<>();
            for (int i = 0; i < c.prices().size(); i++) {
                CreatePriceCommand price = c.prices().get(i);
                String at = "prices[" + i + "].";
                invalid.require(price.entityType() == null || price.entityType() == PriceEntityType.ADDON,
                                at + "entity_type", "must be ADDON or left out: the price belongs to the new addon")
                        .require(price.entityId() == null || price.entityId().isBlank(), at + "entity_id",
                                "must be left out: the price belongs to the new addon");
                listed.add(PriceDrafts.draft(price, PriceEntityType.ADDON, addonId, caller.scope(),
                        meters, ids, audit, invalid, "prices[" + i + "]."));
            }
            invalid.throwIfAny();
            PriceDrafts.requireLookupKeysFree(prices, caller.scope(), listed, null);
            addons.insert(addon);
            listed.forEach(prices::insert);
            return new AddonView(addon, listed);
        });
    }

    @Override
    public AddonView update(Caller caller, AddonId id, UpdateAddonCommand c) {
        return transactions.inTransaction(() -> {
            Addon current = ManagePricesService.liveAddon(addons, caller.scope(), id);
            String name = c.name() != null ? c.name() : current.name();
            String description = c.description() != null ? c.description() : current.description();
            Addon.validate(name, description);
            Instant now = clock.instant();
            Addon updated = current.withDetails(name, description,
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), now));
            addons.update(updated);
            return FindAddonsService.view(prices, caller.scope(), updated, now);
        });
    }

    /** Deletes the addon and every live price it lists, ended versions included. */
    @Override
    public void delete(Caller caller, AddonId id) {
        transactions.inTransaction(() -> {
            Addon current = ManagePricesService.liveAddon(addons, caller.scope(), id);
            Instant now = clock.instant();
            EntityPrices.deleteAll(prices, caller.scope(), PriceEntityType.ADDON, id.value(), caller.actor(), now);
            addons.update(current.deleted(current.audit().updatedBy(caller.actor(), now)));
        });
    }
}
