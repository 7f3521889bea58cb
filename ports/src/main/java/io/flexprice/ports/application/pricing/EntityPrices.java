package io.flexprice.ports.application.pricing;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Instant;
import java.util.List;

/** The prices a plan or an addon lists, as the services that manage those entities read and delete them. */
public final class EntityPrices {

    /** The most prices an entity's view lists; plans and addons are not expected to have more. */
    public static final int MAX_PRICES = PageRequest.MAX_LIMIT;

    private EntityPrices() {
    }

    /** The entity's live prices that have not ended at {@code now} (current and scheduled), oldest first. */
    public static List<ListedPrice> notEnded(PriceRepository prices, Scope scope, PriceEntityType entityType,
                                             String entityId, Instant now) {
        return prices.search(scope, PriceFilter.ofEntity(entityType, entityId).notEndedAt(now),
                new PageRequest(MAX_PRICES, 0, PageRequest.SortOrder.ASC)).items();
    }

    /** Soft-deletes every live price of the entity, ended versions included, however many there are. */
    public static void deleteAll(PriceRepository prices, Scope scope, PriceEntityType entityType, String entityId,
                                 String actor, Instant now) {
        PriceFilter filter = PriceFilter.ofEntity(entityType, entityId);
        List<ListedPrice> batch = prices.search(scope, filter, PageRequest.first(MAX_PRICES)).items();
        while (!batch.isEmpty()) {
            batch.forEach(price -> prices.update(price.deleted(price.audit().updatedBy(actor, now))));
            batch = prices.search(scope, filter, PageRequest.first(MAX_PRICES)).items();
        }
    }
}
