package io.flexprice.ports.out.pricing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface PriceRepository {

    /**
     * Stores a new price.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live price of the scope has the same lookup key
     */
    void insert(ListedPrice price);

    /** Replaces a stored price; same uniqueness rule as {@link #insert}. */
    void update(ListedPrice price);

    /** The price whatever its status. */
    Optional<ListedPrice> findById(Scope scope, PriceId id);

    /** The live (not deleted) price with this lookup key. */
    Optional<ListedPrice> findByLookupKey(Scope scope, String lookupKey);

    /** Matching prices by creation time (then id) in the order the page asks. */
    Page<ListedPrice> search(Scope scope, PriceFilter filter, PageRequest page);

    /**
     * The prices of one entity (a plan, an addon) in effect at {@code at}: every price for which
     * {@link ListedPrice#isInEffectAt} holds (published, {@code start_date <= at < end_date}), by start date,
     * then creation time, then id. Of each line of versions at most one is in effect at any instant.
     */
    List<ListedPrice> findInEffect(Scope scope, PriceEntityType entityType, String entityId, Instant at);
}
