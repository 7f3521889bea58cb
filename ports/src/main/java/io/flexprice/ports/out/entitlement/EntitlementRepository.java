package io.flexprice.ports.out.entitlement;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EntitlementRepository {

    /**
     * Stores a new entitlement.
     *
     * @throws io.flexprice.domain.common.ConflictException ({@code entitlement.already_exists}) if a live
     *     entitlement of the scope has the same entity type, entity id and feature
     */
    void insert(Entitlement entitlement);

    /** Replaces a stored entitlement; same uniqueness rule as {@link #insert}. */
    void update(Entitlement entitlement);

    /** The entitlement whatever its status. */
    Optional<Entitlement> findById(Scope scope, EntitlementId id);

    /** Matching entitlements by creation time (then id) in the order the page asks. */
    Page<Entitlement> search(Scope scope, EntitlementFilter filter, PageRequest page);

    /**
     * Every live (not deleted) entitlement granted by any of {@code owners}, of any of {@code features} (all
     * features when empty), oldest first (creation time, then id), in one read: what an entitlement check needs
     * of a customer's subscriptions, their plans and their addons.
     */
    List<Entitlement> findLiveOf(Scope scope, Collection<EntitlementOwner> owners, Collection<FeatureId> features);
}
