package io.flexprice.sdk.subscriptions;



/**
 * FlexPrice's {@code dto.PlanSummary} (this server sends the id only).
 *
 * @param id the plan's id
 * @param name its name
 * @param lookupKey its lookup key
 * @param description its description
 */
public record PlanSummary(String id, String name, String lookupKey, String description) {


}
