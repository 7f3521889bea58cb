package io.flexprice.adapters.storage.postgres.entitlement;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import io.flexprice.ports.out.entitlement.EntitlementOwner;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * Entitlements. The partial unique index {@code entitlements_live_entity_feature_idx} keeps one live
 * entitlement per entity and feature, and its prefix serves {@link #findLiveOf}.
 */
public final class PostgresEntitlementRepository implements EntitlementRepository {

    private static final SearchColumns<Entitlement> COLUMNS = SearchColumns.of(EntitlementFilter.FIELDS)
            .with("feature_type", "lower(feature_type)");

    private static final String LIVE_ENTITY_FEATURE = "entitlements_live_entity_feature_idx";

    private final EntitlementMapper mapper;

    @Inject
    public PostgresEntitlementRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(EntitlementMapper.class);
    }

    @Override
    public void insert(Entitlement entitlement) {
        write(entitlement, mapper::insert);
    }

    @Override
    public void update(Entitlement entitlement) {
        PostgresErrors.requireOneUpdated(write(entitlement, mapper::update), entitlement.id());
    }

    @Override
    public Optional<Entitlement> findById(Scope scope, EntitlementId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(EntitlementRow::toDomain);
    }

    @Override
    public Page<Entitlement> search(Scope scope, EntitlementFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(EntitlementRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    @Override
    public List<Entitlement> findLiveOf(Scope scope, Collection<EntitlementOwner> owners,
                                        Collection<FeatureId> features) {
        if (owners.isEmpty()) {
            return List.of();
        }
        return mapper.findLiveOf(scope, owners, features.stream().map(FeatureId::value).distinct().toList())
                .stream().map(EntitlementRow::toDomain).toList();
    }

    private int write(Entitlement entitlement, ToIntFunction<EntitlementRow> statement) {
        return PostgresErrors.rejectingUniqueViolation(LIVE_ENTITY_FEATURE,
                () -> new ConflictException(ErrorCode.ENTITLEMENT_ALREADY_EXISTS,
                        "an entitlement of feature " + entitlement.featureId() + " already exists for "
                                + entitlement.entityType() + " " + entitlement.entityId()),
                () -> statement.applyAsInt(EntitlementRow.from(entitlement)));
    }
}
