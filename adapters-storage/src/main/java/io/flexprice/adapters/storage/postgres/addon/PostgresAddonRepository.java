package io.flexprice.adapters.storage.postgres.addon;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.out.addon.AddonRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** Addons. The partial unique index {@code addons_live_lookup_key_idx} keeps a live addon's lookup key unique. */
public final class PostgresAddonRepository implements AddonRepository {

    private static final SearchColumns<Addon> COLUMNS = SearchColumns.of(AddonFilter.FIELDS);

    private static final String LIVE_LOOKUP_KEY = "addons_live_lookup_key_idx";

    private final AddonMapper mapper;

    @Inject
    public PostgresAddonRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(AddonMapper.class);
    }

    @Override
    public void insert(Addon addon) {
        write(addon, mapper::insert);
    }

    /**
     * @throws ConflictException if a live addon of the scope has the same lookup key
     * @throws IllegalStateException if the addon is not stored in its scope
     */
    @Override
    public void update(Addon addon) {
        PostgresErrors.requireOneUpdated(write(addon, mapper::update), addon.id());
    }

    @Override
    public Optional<Addon> findById(Scope scope, AddonId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(AddonRow::toDomain);
    }

    @Override
    public Optional<Addon> findByLookupKey(Scope scope, String lookupKey) {
        return Optional.ofNullable(mapper.findByLookupKey(scope, lookupKey)).map(AddonRow::toDomain);
    }

    @Override
    public Page<Addon> search(Scope scope, AddonFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(AddonRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    private int write(Addon addon, ToIntFunction<AddonRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_LOOKUP_KEY,
                () -> new ConflictException(ErrorCode.ADDON_LOOKUP_KEY_TAKEN,
                        "an addon with lookup key " + addon.lookupKey() + " already exists"),
                () -> statement.applyAsInt(AddonRow.from(addon)));
    }
}
