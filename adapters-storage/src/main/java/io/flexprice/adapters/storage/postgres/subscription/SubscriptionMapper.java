package io.flexprice.adapters.storage.postgres.subscription;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import java.util.List;

/** The SQL is in SubscriptionMapper.xml. */
interface SubscriptionMapper {

    int insert(SubscriptionRow row);

    int update(SubscriptionRow row);

    SubscriptionRow findById(Scope scope, SubscriptionId id);

    SubscriptionRow lockById(Scope scope, SubscriptionId id);

    SubscriptionRow findByLineItemId(Scope scope, SubscriptionLineItemId lineItemId);

    List<SubscriptionRow> search(Scope scope, SubscriptionFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, SubscriptionFilter filter, SearchColumns.Sql conditions);
}
