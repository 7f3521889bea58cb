package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.out.addon.AddonRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Addons in memory, per scope. Writes are serialised, so the rule that a live addon's lookup key is unique in
 * its scope is checked and applied in one step, on insert and on update.
 */
public final class InMemoryAddonRepository implements AddonRepository {

    private final Partitions<Scope, AddonId, Addon> addons = new Partitions<>();

    @Inject
    public InMemoryAddonRepository() {
    }

    @Override
    public synchronized void insert(Addon addon) {
        requireLookupKeyFree(addon);
        addons.insert(addon.scope(), addon.id(), addon);
    }

    @Override
    public synchronized void update(Addon addon) {
        requireLookupKeyFree(addon);
        addons.replace(addon.scope(), addon.id(), addon);
    }

    @Override
    public Optional<Addon> findById(Scope scope, AddonId id) {
        return addons.find(scope, id);
    }

    @Override
    public Optional<Addon> findByLookupKey(Scope scope, String lookupKey) {
        return addons.all(scope).stream()
                .filter(addon -> addon.isLive() && lookupKey.equals(addon.lookupKey()))
                .findFirst();
    }

    @Override
    public Page<Addon> search(Scope scope, AddonFilter filter, PageRequest page) {
        return Listings.page(addons.all(scope).stream().filter(addon -> matches(filter, addon)),
                AddonFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), p -> p.audit().createdAt(), p -> p.id().value()), page);
    }

    private static boolean matches(AddonFilter filter, Addon addon) {
        return Listings.matchesAny(filter.addonIds(), addon.id().value())
                && Listings.matchesAny(filter.lookupKeys(), addon.lookupKey())
                && Listings.matches(filter.type(), addon.type())
                && Listings.matchesStatus(filter.status(), addon.status());
    }

    private void requireLookupKeyFree(Addon addon) {
        boolean taken = addon.isLive() && addons.anyOther(addon.scope(), addon.id(),
                other -> other.isLive() && addon.lookupKey().equals(other.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.ADDON_LOOKUP_KEY_TAKEN,
                    "an addon with lookup key " + addon.lookupKey() + " already exists");
        }
    }
}
