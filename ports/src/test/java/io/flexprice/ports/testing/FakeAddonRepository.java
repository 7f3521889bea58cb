package io.flexprice.ports.testing;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.out.addon.AddonRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Addons in a map; a live addon's lookup key is unique in its scope, as the port says. */
public final class FakeAddonRepository implements AddonRepository {

    private final Map<List<Object>, Addon> addons = new LinkedHashMap<>();

    @Override
    public void insert(Addon addon) {
        if (addons.containsKey(key(addon.scope(), addon.id()))) {
            throw new IllegalStateException("addon " + addon.id() + " is already stored");
        }
        requireLookupKeyFree(addon);
        addons.put(key(addon.scope(), addon.id()), addon);
    }

    @Override
    public void update(Addon addon) {
        if (!addons.containsKey(key(addon.scope(), addon.id()))) {
            throw new IllegalStateException("addon " + addon.id() + " is not stored");
        }
        requireLookupKeyFree(addon);
        addons.put(key(addon.scope(), addon.id()), addon);
    }

    @Override
    public Optional<Addon> findById(Scope scope, AddonId id) {
        return Optional.ofNullable(addons.get(key(scope, id)));
    }

    @Override
    public Page<Addon> search(Scope scope, AddonFilter filter, PageRequest page) {
        return Pages.of(addons.values().stream()
                .filter(p -> p.scope().equals(scope))
                .filter(p -> Pages.matchesAny(filter.addonIds(), p.id().value()))
                .filter(p -> Pages.matchesAny(filter.lookupKeys(), p.lookupKey()))
                .filter(p -> filter.type() == null || filter.type() == p.type())
                .filter(p -> Pages.matchesStatus(filter.status(), p.status()))
                .toList(), page);
    }

    @Override
    public Optional<Addon> findByLookupKey(Scope scope, String lookupKey) {
        return addons.values().stream().filter(a -> a.scope().equals(scope) && a.isLive()
                && lookupKey.equals(a.lookupKey())).findFirst();
    }

    public Addon stored(AddonId id) {
        return addons.values().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("addon " + id + " is not stored"));
    }

    public List<Addon> all() {
        return List.copyOf(addons.values());
    }

    private void requireLookupKeyFree(Addon addon) {
        boolean taken = addon.isLive() && addon.lookupKey() != null && addons.values().stream()
                .anyMatch(other -> other.scope().equals(addon.scope()) && !other.id().equals(addon.id())
                        && other.isLive() && Objects.equals(other.lookupKey(), addon.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.ADDON_LOOKUP_KEY_TAKEN,
                    "an addon with lookup key " + addon.lookupKey() + " already exists");
        }
    }

    private static List<Object> key(Scope scope, AddonId id) {
        return List.of(scope, id);
    }
}
