package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.plan.Plan;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery.PlanEntitlements;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** FlexPrice's {@code dto.PlanResponse} as {@code GET /v1/plans/{id}/entitlements} answers it: with {@code entitlements}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanEntitlementsResponse(String id, String name, String description, String lookupKey,
                                       Map<String, String> metadata, List<EntitlementResponse> entitlements,
                                       String status, String tenantId, String environmentId, Instant createdAt,
                                       String createdBy, Instant updatedAt, String updatedBy) {

    public static PlanEntitlementsResponse from(PlanEntitlements view) {
        Plan plan = view.plan();
        return new PlanEntitlementsResponse(plan.id().value(), plan.name(), plan.description(), plan.lookupKey(),
                plan.metadata().values(), view.entitlements().stream().map(EntitlementResponse::from).toList(),
                plan.status().wireValue(), plan.scope().tenantId().value(), plan.scope().environmentId().value(),
                plan.audit().createdAt(), plan.audit().createdBy(), plan.audit().updatedAt(),
                plan.audit().updatedBy());
    }
}
