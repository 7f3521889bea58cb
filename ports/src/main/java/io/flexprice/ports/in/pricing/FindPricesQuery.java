package io.flexprice.ports.in.pricing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.pricing.PriceFilter;
import java.time.Instant;
import java.util.List;

public interface FindPricesQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live price with this id
     */
    ListedPrice get(Caller caller, PriceId id);

    /**
     * @throws io.flexprice.domain.common.NotFoundException if no live price has this lookup key
     */
    ListedPrice getByLookupKey(Caller caller, String lookupKey);

    /** The prices the filter selects, ended ones included unless the filter narrows by date. */
    Page<ListedPrice> search(Caller caller, PriceFilter filter, PageRequest page);

    /**
     * As FlexPrice lists prices: unless {@code includeEnded} (its {@code allow_expired_prices}), only those
     * that have not ended now.
     */
    Page<ListedPrice> search(Caller caller, PriceFilter filter, PageRequest page, boolean includeEnded);

    /**
     * The prices of a plan or an addon in effect at {@code at} (see
     * {@link io.flexprice.ports.out.pricing.PriceRepository#findInEffect}): what a subscription to it
     * started at {@code at} is priced with.
     */
    List<ListedPrice> inEffect(Caller caller, PriceEntityType entityType, String entityId, Instant at);
}
