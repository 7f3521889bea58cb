package io.flexprice.adapters.storage.postgres.feature;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Features. The partial unique index {@code features_live_lookup_key_idx} keeps a live feature's lookup key
 * (when it has one) unique in its scope, on insert and on update; a metered feature's meter must be a meter
 * of the same scope, stored first ({@code features_meter_fkey}).
 */
public final class PostgresFeatureRepository implements FeatureRepository {

    private static final SearchColumns<Feature> COLUMNS = SearchColumns.of(FeatureFilter.FIELDS);

    private static final String LIVE_LOOKUP_KEY = "features_live_lookup_key_idx";

    private final FeatureMapper mapper;

    @Inject
    public PostgresFeatureRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(FeatureMapper.class);
    }

    @Override
    public void insert(Feature feature) {
        write(feature, mapper::insert);
    }

    /**
     * @throws ConflictException if a live feature of the scope has the same lookup key
     * @throws IllegalStateException if the feature is not stored in its scope
     */
    @Override
    public void update(Feature feature) {
        PostgresErrors.requireOneUpdated(write(feature, mapper::update), feature.id());
    }

    @Override
    public Optional<Feature> findById(Scope scope, FeatureId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(FeatureRow::toDomain);
    }

    /** As the port says; {@code nameContains} ignores case, as FlexPrice's does. */
    @Override
    public Page<Feature> search(Scope scope, FeatureFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(FeatureRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    private int write(Feature feature, ToIntFunction<FeatureRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_LOOKUP_KEY,
                () -> new ConflictException(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN,
                        "a feature with lookup key " + feature.lookupKey() + " already exists"),
                () -> statement.applyAsInt(FeatureRow.from(feature)));
    }
}
