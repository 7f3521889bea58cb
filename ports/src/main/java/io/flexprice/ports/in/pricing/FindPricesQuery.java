package io.flexprice.ports.in.pricing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;

public interface FindPricesQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live price with this id
     */
    ListedPrice get(Caller caller, PriceId id);

    /**
     * @throws io.flexprice.domain.common.NotFoundException if no live price has this lookup key
     */
    ListedPrice getByLookupKey(Caller caller, String lookupKey);

    Page<ListedPrice> search(Caller caller, PriceFilter filter, PageRequest page);
}
