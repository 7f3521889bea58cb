package io.flexprice.adapters.storage.postgres.pricing;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
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
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Prices. The partial unique index {@code prices_live_lookup_key_idx} keeps a live price's lookup key unique
 * in its scope; a usage price's meter must be a meter of the same scope, stored first
 * ({@code prices_meter_fkey}).
 */
public final class PostgresPriceRepository implements PriceRepository {

    private static final SearchColumns<ListedPrice> COLUMNS = SearchColumns.of(PriceFilter.FIELDS)
            .with("currency", "lower(currency)");

    private static final String LIVE_LOOKUP_KEY = "prices_live_lookup_key_idx";

    private final PriceMapper mapper;

    @Inject
    public PostgresPriceRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(PriceMapper.class);
    }

    @Override
    public void insert(ListedPrice price) {
        write(price, mapper::insert);
    }

    /**
     * @throws ConflictException if a live price of the scope has the same lookup key
     * @throws IllegalStateException if the price is not stored in its scope
     */
    @Override
    public void update(ListedPrice price) {
        PostgresErrors.requireOneUpdated(write(price, mapper::update), price.id());
    }

    @Override
    public Optional<ListedPrice> findById(Scope scope, PriceId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(PriceRow::toDomain);
    }

    @Override
    public Optional<ListedPrice> findByLookupKey(Scope scope, String lookupKey) {
        return Optional.ofNullable(mapper.findByLookupKey(scope, lookupKey)).map(PriceRow::toDomain);
    }

    @Override
    public Page<ListedPrice> search(Scope scope, PriceFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(PriceRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    @Override
    public List<ListedPrice> findInEffect(Scope scope, PriceEntityType entityType, String entityId, Instant at) {
        return mapper.findInEffect(scope, entityType.name(), entityId, at).stream().map(PriceRow::toDomain).toList();
    }

    private int write(ListedPrice price, ToIntFunction<PriceRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_LOOKUP_KEY,
                () -> new ConflictException(ErrorCode.PRICE_LOOKUP_KEY_TAKEN,
                        "a price with lookup key " + price.lookupKey() + " already exists"),
                () -> statement.applyAsInt(PriceRow.from(price)));
    }
}
