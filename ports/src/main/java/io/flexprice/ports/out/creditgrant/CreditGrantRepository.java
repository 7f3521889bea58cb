package io.flexprice.ports.out.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Optional;

public interface CreditGrantRepository {

    void insert(CreditGrant grant);

    void update(CreditGrant grant);

    /** Any status, deleted included. */
    Optional<CreditGrant> findById(Scope scope, CreditGrantId id);

    /** The live (not deleted) grants of scope PLAN for the plan, oldest first. */
    List<CreditGrant> findByPlan(Scope scope, PlanId planId);

    /** The live grants of scope SUBSCRIPTION for the subscription, oldest first. */
    List<CreditGrant> findBySubscription(Scope scope, SubscriptionId subscriptionId);

    /** Across tenants by design, for the grant run: every live grant of every scope, oldest first. */
    List<CreditGrant> findLiveAcrossTenants();
}
