package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Prices in memory, per scope. Writes are serialised, so the rule that a live price's lookup key (when it
 * has one) is unique in its scope is checked and applied in one step, on insert and on update.
 */
public final class InMemoryPriceRepository implements PriceRepository {

    private final Partitions<Scope, PriceId, ListedPrice> prices = new Partitions<>();

    @Inject
    public InMemoryPriceRepository() {
    }

    @Override
    public synchronized void insert(ListedPrice price) {
        requireLookupKeyFree(price);
        prices.insert(price.scope(), price.id(), price);
    }

    @Override
    public synchronized void update(ListedPrice price) {
        requireLookupKeyFree(price);
        prices.replace(price.scope(), price.id(), price);
    }

    @Override
    public Optional<ListedPrice> findById(Scope scope, PriceId id) {
        return prices.find(scope, id);
    }

    @Override
    public Optional<ListedPrice> findByLookupKey(Scope scope, String lookupKey) {
        return prices.all(scope).stream()
                .filter(price -> price.isLive() && lookupKey.equals(price.lookupKey()))
                .findFirst();
    }

    @Override
    public Page<ListedPrice> search(Scope scope, PriceFilter filter, PageRequest page) {
        return Listings.page(prices.all(scope).stream().filter(price -> matches(filter, price)),
                PriceFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), p -> p.audit().createdAt(), p -> p.id().value()), page);
    }

    @Override
    public List<ListedPrice> findInEffect(Scope scope, PriceEntityType entityType, String entityId, Instant at) {
        return prices.all(scope).stream()
                .filter(price -> price.entityType() == entityType && price.entityId().equals(entityId)
                        && price.isInEffectAt(at))
                .sorted(Comparator.comparing(ListedPrice::startDate)
                        .thenComparing(p -> p.audit().createdAt())
                        .thenComparing(p -> p.id().value()))
                .toList();
    }

    private static boolean matches(PriceFilter filter, ListedPrice price) {
        return Listings.matchesAny(filter.priceIds(), price.id().value())
                && Listings.matchesAny(filter.entityIds(), price.entityId())
                && Listings.matchesAny(filter.meterIds(), price.meterId() == null ? null : price.meterId().value())
                && Listings.matchesAny(filter.lookupKeys(), price.lookupKey())
                && Listings.matchesStatus(filter.status(), price.status())
                && Listings.matches(filter.entityType(), price.entityType())
                && Listings.matches(filter.parentPriceId(),
                        price.parentPriceId() == null ? null : price.parentPriceId().value())
                && (filter.startsBefore() == null || price.startDate().isBefore(filter.startsBefore()))
                && (filter.notEndedAt() == null || !price.hasEndedBy(filter.notEndedAt()));
    }

    private void requireLookupKeyFree(ListedPrice price) {
        boolean taken = price.isLive() && price.lookupKey() != null && prices.anyOther(price.scope(), price.id(),
                other -> other.isLive() && price.lookupKey().equals(other.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.PRICE_LOOKUP_KEY_TAKEN,
                    "a price with lookup key " + price.lookupKey() + " already exists");
        }
    }
}
