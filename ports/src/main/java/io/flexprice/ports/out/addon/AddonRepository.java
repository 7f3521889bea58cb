package io.flexprice.ports.out.addon;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface AddonRepository {

    /**
     * Stores a new addon.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live addon of the scope has the same lookup key
     */
    void insert(Addon addon);

    /** Replaces a stored addon; same uniqueness rule as {@link #insert}. */
    void update(Addon addon);

    /** The addon whatever its status. */
    Optional<Addon> findById(Scope scope, AddonId id);

    /** The live (not deleted) addon with this lookup key. */
    Optional<Addon> findByLookupKey(Scope scope, String lookupKey);

    /** Matching addons by creation time (then id) in the order the page asks. */
    Page<Addon> search(Scope scope, AddonFilter filter, PageRequest page);
}
