package io.flexprice.ports.application.pricing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.pricing.FindPricesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;

public final class FindPricesService implements FindPricesQuery {

    private final PriceRepository prices;

    public FindPricesService(PriceRepository prices) {
        this.prices = prices;
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

    static ListedPrice livePrice(PriceRepository prices, Scope scope, PriceId id) {
        return prices.findById(scope, id).filter(ListedPrice::isLive)
                .orElseThrow(() -> PriceDrafts.priceNotFound(id.value()));
    }
}
