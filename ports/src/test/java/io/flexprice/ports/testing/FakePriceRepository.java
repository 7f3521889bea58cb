package io.flexprice.ports.testing;

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
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Prices in a map; a live price's lookup key is unique in its scope, as the port says. */
public final class FakePriceRepository implements PriceRepository {

    private final Map<List<Object>, ListedPrice> prices = new LinkedHashMap<>();

    @Override
    public void insert(ListedPrice price) {
        if (prices.containsKey(key(price.scope(), price.id()))) {
            throw new IllegalStateException("price " + price.id() + " is already stored");
        }
        requireLookupKeyFree(price);
        prices.put(key(price.scope(), price.id()), price);
    }

    @Override
    public void update(ListedPrice price) {
        if (!prices.containsKey(key(price.scope(), price.id()))) {
            throw new IllegalStateException("price " + price.id() + " is not stored");
        }
        requireLookupKeyFree(price);
        prices.put(key(price.scope(), price.id()), price);
    }

    @Override
    public Optional<ListedPrice> findById(Scope scope, PriceId id) {
        return Optional.ofNullable(prices.get(key(scope, id)));
    }

    @Override
    public Optional<ListedPrice> findByLookupKey(Scope scope, String lookupKey) {
        return prices.values().stream().filter(p -> p.scope().equals(scope) && p.isLive()
                && lookupKey.equals(p.lookupKey())).findFirst();
    }

    @Override
    public Page<ListedPrice> search(Scope scope, PriceFilter filter, PageRequest page) {
        return Pages.of(prices.values().stream()
                .filter(p -> p.scope().equals(scope))
                .filter(p -> Pages.matchesAny(filter.priceIds(), p.id().value()))
                .filter(p -> Pages.matchesAny(filter.entityIds(), p.entityId()))
                .filter(p -> Pages.matchesAny(filter.meterIds(), p.meterId() == null ? null : p.meterId().value()))
                .filter(p -> Pages.matchesAny(filter.lookupKeys(), p.lookupKey()))
                .filter(p -> Pages.matchesStatus(filter.status(), p.status()))
                .filter(p -> filter.entityType() == null || filter.entityType() == p.entityType())
                .filter(p -> filter.parentPriceId() == null || p.parentPriceId() != null
                        && filter.parentPriceId().equals(p.parentPriceId().value()))
                .filter(p -> filter.startsBefore() == null || p.startDate().isBefore(filter.startsBefore()))
                .filter(p -> filter.notEndedAt() == null || !p.hasEndedBy(filter.notEndedAt()))
                .toList(), page);
    }

    @Override
    public List<ListedPrice> findInEffect(Scope scope, PriceEntityType entityType, String entityId, Instant at) {
        return prices.values().stream()
                .filter(p -> p.scope().equals(scope) && p.entityType() == entityType
                        && p.entityId().equals(entityId) && p.isInEffectAt(at))
                .sorted(Comparator.comparing(ListedPrice::startDate))
                .toList();
    }

    public ListedPrice add(ListedPrice price) {
        insert(price);
        return price;
    }

    public List<ListedPrice> all() {
        return List.copyOf(prices.values());
    }

    private void requireLookupKeyFree(ListedPrice price) {
        boolean taken = price.isLive() && price.lookupKey() != null && prices.values().stream()
                .anyMatch(other -> other.scope().equals(price.scope()) && !other.id().equals(price.id())
                        && other.isLive() && Objects.equals(other.lookupKey(), price.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.PRICE_LOOKUP_KEY_TAKEN,
                    "a price with lookup key " + price.lookupKey() + " already exists");
        }
    }

    private static List<Object> key(Scope scope, PriceId id) {
        return List.of(scope, id);
    }
}
