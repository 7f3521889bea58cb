package io.flexprice.ports.in.plan;

import io.flexprice.domain.plan.PlanId;
import io.flexprice.ports.in.tenancy.Caller;

/**
 * FlexPrice's {@code POST /v1/plans/{id}/sync/subscriptions}: brings the running subscriptions of a plan in line
 * with the plan's prices after they changed. For each live subscription of the plan that is {@code active},
 * {@code trialing} or {@code paused} (each in its own transaction, under its lock, as it stands now), the plan's
 * current and scheduled prices are applied by {@link io.flexprice.domain.subscription.PlanLineSync}: new recurring
 * prices become PLAN line items, lines of ended or deleted prices end. One-time prices are left out: a setup fee
 * added to a plan is for new subscribers, not a charge on existing ones.
 * Running it again changes nothing. Nothing is invoiced by the sync itself: the new and ended lines bill from the
 * next invoice on, as line items added or ended through the subscription's own endpoints do.
 */
public interface SyncPlanPricesUseCase {

    /**
     * @throws io.flexprice.domain.common.NotFoundException ({@code plan.not_found}) if there is no live plan
     */
    PlanPriceSync sync(Caller caller, PlanId plan);

    /**
     * What a sync did: the subscriptions of the plan it looked at, how many of them it changed, and the line items
     * it added and ended.
     */
    record PlanPriceSync(PlanId planId, int subscriptions, int subscriptionsChanged, int lineItemsAdded,
                         int lineItemsEnded) {
    }
}
