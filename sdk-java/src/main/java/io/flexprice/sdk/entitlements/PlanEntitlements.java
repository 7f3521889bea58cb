package io.flexprice.sdk.entitlements;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PlanResponse} as {@code GET /v1/plans/{id}/entitlements} answers it: the plan with its
 * entitlements.
 *
 * @param id the plan's id
 * @param name its name
 * @param description its description
 * @param lookupKey its lookup key
 * @param metadata its key/value pairs
 * @param entitlements its entitlements
 * @param status published
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when it was created
 * @param createdBy who created it
 * @param updatedAt when it last changed
 * @param updatedBy who changed it
 */
public record PlanEntitlements(String id, String name, String description, String lookupKey,
                               Map<String, String> metadata, List<Entitlement> entitlements, String status,
                               String tenantId, String environmentId, Instant createdAt, String createdBy,
                               Instant updatedAt, String updatedBy) {

    public PlanEntitlements {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        entitlements = entitlements == null ? List.of() : List.copyOf(entitlements);
    }
}
