package io.flexprice.adapters.http.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.plan.SyncPlanPricesUseCase.PlanPriceSync;

/**
 * FlexPrice's {@code models.TemporalWorkflowResult} as its price sync answers it: {@code message}. FlexPrice
 * runs the sync as a workflow and answers its {@code workflow_id} and {@code run_id}; the sync here is done when
 * it answers, so there is no workflow and those are left out. Extensions: {@code plan_id} and what the sync did
 * ({@code subscriptions} of the plan looked at, {@code subscriptions_changed}, {@code line_items_added},
 * {@code line_items_ended}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanSyncResponse(String message, String workflowId, String runId, String planId, int subscriptions,
                               int subscriptionsChanged, int lineItemsAdded, int lineItemsEnded) {

    public static PlanSyncResponse from(PlanPriceSync sync) {
        String message = "plan " + sync.planId().value() + " synced to " + sync.subscriptions() + " subscription(s): "
                + sync.lineItemsAdded() + " line item(s) added, " + sync.lineItemsEnded() + " ended";
        return new PlanSyncResponse(message, null, null, sync.planId().value(), sync.subscriptions(),
                sync.subscriptionsChanged(), sync.lineItemsAdded(), sync.lineItemsEnded());
    }
}
