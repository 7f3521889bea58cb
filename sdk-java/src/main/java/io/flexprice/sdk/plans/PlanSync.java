package io.flexprice.sdk.plans;

/**
 * What {@code plans().syncSubscriptions} did: FlexPrice's {@code models.TemporalWorkflowResult} ({@code message};
 * {@code workflowId} and {@code runId} where the server runs the sync as a workflow, null here) and this
 * server's extensions saying what the sync did.
 *
 * @param message what happened, for people
 * @param workflowId FlexPrice's workflow id, null when the sync is done in the request
 * @param runId FlexPrice's workflow run id, null when the sync is done in the request
 * @param planId the plan
 * @param subscriptions the running subscriptions of the plan looked at
 * @param subscriptionsChanged how many of them changed
 * @param lineItemsAdded line items added for the plan's new prices
 * @param lineItemsEnded line items ended because their price ended
 */
public record PlanSync(String message, String workflowId, String runId, String planId, Integer subscriptions,
                       Integer subscriptionsChanged, Integer lineItemsAdded, Integer lineItemsEnded) {
}
