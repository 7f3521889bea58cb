package io.flexprice.ports.application.pricing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.pricing.FindPricesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class FindPricesService implements FindPricesQuery {

    private final PriceRepository prices;
    private final Clock clock;

    public FindPricesService(PriceRepository prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    @Override
    public ListedPrice get(Caller caller, PriceId id) {
        return livePrice(prices, caller.scope(), id);
    }

    @Override
    public ListedPrice getByLookupKey(Caller caller, String lookupKey) {
        return prices.findByLookupKey(caller.scope(), lookupKey)
                .orElseThrow(() -> PriceDrafts.priceNotFound("with lookup key " + lookupKey));
    }

    @Override
    public Page<ListedPrice> search(Caller caller, PriceFilter filter, PageRequest page) {
        return prices.search(caller.scope(), filter, page);
    }

    @Override
    public Page<ListedPrice> search(Caller caller, PriceFilter filter, PageRequest page, boolean includeEnded) {
        boolean narrow = !includeEnded && filter.notEndedAt() == null;
        return prices.search(caller.scope(), narrow ? filter.notEndedAt(clock.instant()) : filter, page);
    }

    @Override
    public List<ListedPrice> inEffect(Caller caller, PriceEntityType entityType, String entityId, Instant at) {
        new Violations()
                .require(entityType != null, "entity_type", "is required")
                .requireText(entityId, "entity_id")
                .require(at != null, "at", "is required")
                .throwIfAny();
        return prices.findInEffect(caller.scope(), entityType, entityId, at);
    }

    static ListedPrice livePrice(PriceRepository prices, Scope scope, PriceId id) {
        return prices.findById(scope, id).filter(ListedPrice::isLive)
                .orElseThrow(() -> PriceDrafts.priceNotFound(id.value()));
    }
}
