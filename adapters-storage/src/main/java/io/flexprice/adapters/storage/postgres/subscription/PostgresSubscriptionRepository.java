package io.flexprice.adapters.storage.postgres.subscription;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Subscriptions, one row each, their line items, pauses and scheduled change in JSONB columns; a line item is
 * found by id through a GIN index on {@code line_items} ({@code subscriptions_line_items_idx}).
 */
public final class PostgresSubscriptionRepository implements SubscriptionRepository {

    private static final SearchColumns<Subscription> COLUMNS = SearchColumns.of(SubscriptionFilter.FIELDS)
            .with("currency", "lower(currency)");

    private final SubscriptionMapper mapper;

    @Inject
    public PostgresSubscriptionRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(SubscriptionMapper.class);
    }

    @Override
    public void insert(Subscription subscription) {
        mapper.insert(SubscriptionRow.from(subscription));
    }

    @Override
    public void update(Subscription subscription) {
        PostgresErrors.requireOneUpdated(mapper.update(SubscriptionRow.from(subscription)), subscription.id());
    }

    @Override
    public Optional<Subscription> findById(Scope scope, SubscriptionId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(SubscriptionRow::toDomain);
    }

    @Override
    public Optional<Subscription> lockById(Scope scope, SubscriptionId id) {
        return Optional.ofNullable(mapper.lockById(scope, id)).map(SubscriptionRow::toDomain);
    }

    @Override
    public Optional<Subscription> findByLineItemId(Scope scope, SubscriptionLineItemId lineItemId) {
        return Optional.ofNullable(mapper.findByLineItemId(scope, lineItemId)).map(SubscriptionRow::toDomain);
    }

    @Override
    public Page<Subscription> search(Scope scope, SubscriptionFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(SubscriptionRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }
}
