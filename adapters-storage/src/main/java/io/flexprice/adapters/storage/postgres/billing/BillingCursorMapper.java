package io.flexprice.adapters.storage.postgres.billing;

import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL is in BillingCursorMapper.xml. */
interface BillingCursorMapper {

    int upsert(BillingCursorRow row);

    BillingCursorRow findBySubscription(@Param("scope") Scope scope, @Param("subscriptionId") SubscriptionId id);

    BillingCursorRow lockBySubscription(@Param("scope") Scope scope, @Param("subscriptionId") SubscriptionId id);

    List<BillingCursorRow> claimDue(@Param("now") Instant now, @Param("limit") int limit);
}
