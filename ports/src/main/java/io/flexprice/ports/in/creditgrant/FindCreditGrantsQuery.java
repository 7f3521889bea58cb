package io.flexprice.ports.in.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface FindCreditGrantsQuery {

    /** @throws io.flexprice.domain.common.NotFoundException ({@code credit_grant.not_found}), deleted ones too */
    CreditGrant get(Caller caller, CreditGrantId id);

    /** The plan's live grants. @throws io.flexprice.domain.common.NotFoundException ({@code plan.not_found}) */
    List<CreditGrant> ofPlan(Caller caller, PlanId planId);

    /**
     * The next application of each grant of the subscription (its plan's and its own) not yet applied, as PENDING
     * applications that are not stored; a failed one is retried and shown with its reason.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code subscription.not_found})
     */
    List<CreditGrantApplication> upcoming(Caller caller, SubscriptionId subscriptionId);

    /**
     * The upcoming applications (as {@link #upcoming}) of every live subscription of the customer, soonest first.
     *
     * @throws io.flexprice.domain.common.NotFoundException ({@code customer.not_found})
     */
    List<CreditGrantApplication> upcomingOfCustomer(Caller caller, CustomerId customerId);

    /** Every stored application to the subscription. */
    List<CreditGrantApplication> applications(Caller caller, SubscriptionId subscriptionId);
}
