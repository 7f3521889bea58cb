package io.flexprice.ports.out.pricing;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.pricing.ListedPrice;
import java.util.Locale;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.pricing.PriceEntityType;
import java.time.Instant;
import java.util.List;

/**
 * Narrows a price search; empty lists and nulls do not narrow. {@code entityIds} are the ids of the
 * entities that list the prices (plan or addon ids), {@code entityType} their kind. {@code status} null
 * means every status but deleted. {@code parentPriceId} finds the later versions of a price;
 * {@code startsBefore} the prices whose start date is before it; {@code notEndedAt} the prices that have not
 * ended at that instant (no end date, or one after it).
 */
public record PriceFilter(List<String> priceIds, List<String> entityIds, List<String> meterIds,
                          List<String> lookupKeys, Status status, PriceEntityType entityType, String parentPriceId,
                          Instant startsBefore, Instant notEndedAt,
                          SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<ListedPrice> FIELDS = SearchFields.<ListedPrice>builder()
            .string("id", p -> p.id().value())
            .string("lookup_key", ListedPrice::lookupKey)
            .string("display_name", ListedPrice::displayName)
            .string("entity_type", p -> p.entityType().name())
            .string("entity_id", ListedPrice::entityId)
            .string("meter_id", p -> p.meterId() == null ? null : p.meterId().value())
            .string("type", p -> p.terms().type().name())
            .string("billing_model", p -> p.terms().billingModel().name())
            .string("billing_cadence", p -> p.terms().billingCadence().name())
            .string("billing_period", p -> p.terms().billingPeriod() == null ? null : p.terms().billingPeriod().name())
            .string("invoice_cadence", p -> p.terms().invoiceCadence().name())
            .string("currency", p -> p.terms().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .number("amount", p -> p.terms().amount())
            .string("parent_price_id", p -> p.parentPriceId() == null ? null : p.parentPriceId().value())
            .string("status", p -> p.status().wireValue())
            .date("start_date", ListedPrice::startDate)
            .date("end_date", ListedPrice::endDate)
            .date("created_at", p -> p.audit().createdAt())
            .date("updated_at", p -> p.audit().updatedAt())
            .build();

    public static final PriceFilter ALL_LIVE = new PriceFilter(List.of(), List.of(), List.of(), List.of(), null);


    /** A filter without {@code filters} or {@code sort}. */
    public PriceFilter(List<String> priceIds, List<String> entityIds, List<String> meterIds,
                       List<String> lookupKeys, Status status, PriceEntityType entityType, String parentPriceId,
                       Instant startsBefore, Instant notEndedAt) {
        this(priceIds, entityIds, meterIds, lookupKeys, status, entityType, parentPriceId, startsBefore, notEndedAt,
                SearchConditions.NONE);
    }

    public PriceFilter {
        conditions = FIELDS.admit(conditions);
        priceIds = priceIds == null ? List.of() : List.copyOf(priceIds);
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        meterIds = meterIds == null ? List.of() : List.copyOf(meterIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
        parentPriceId = parentPriceId == null || parentPriceId.isBlank() ? null : parentPriceId;
    }

    /** A filter that does not look at the kind of entity, the versions or the dates. */
    public PriceFilter(List<String> priceIds, List<String> entityIds, List<String> meterIds, List<String> lookupKeys,
                       Status status) {
        this(priceIds, entityIds, meterIds, lookupKeys, status, null, null, null, null);
    }

    /** The live prices of one entity, whatever its kind, ended ones included. */
    public static PriceFilter ofEntity(String entityId) {
        return new PriceFilter(List.of(), List.of(entityId), List.of(), List.of(), null);
    }

    /** The live prices of one entity, ended ones included. */
    public static PriceFilter ofEntity(PriceEntityType entityType, String entityId) {
        return new PriceFilter(List.of(), List.of(entityId), List.of(), List.of(), null, entityType, null, null,
                null);
    }

    /** This filter, narrowed to the prices that have not ended at {@code at}. */
    public PriceFilter notEndedAt(Instant at) {
        return new PriceFilter(priceIds, entityIds, meterIds, lookupKeys, status, entityType, parentPriceId,
                startsBefore, at, conditions);
    }
}
