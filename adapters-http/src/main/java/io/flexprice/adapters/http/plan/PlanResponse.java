package io.flexprice.adapters.http.plan;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.PriceResponse;
import io.flexprice.domain.plan.Plan;
import io.flexprice.ports.in.plan.ManagePlansUseCase.PlanView;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** FlexPrice's {@code dto.PlanResponse}; {@code prices} only where the plan is read with them. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PlanResponse(String id, String name, String description, String lookupKey,
                           Map<String, String> metadata, List<PriceResponse> prices, String status, String tenantId,
                           String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                           String updatedBy) {

    public static PlanResponse from(PlanView view) {
        return from(view.plan(), view.prices().stream().map(PriceResponse::from).toList());
    }

    public static PlanResponse from(Plan plan) {
        return from(plan, null);
    }

    private static PlanResponse from(Plan plan, List<PriceResponse> prices) {
        return new PlanResponse(plan.id().value(), plan.name(), plan.description(), plan.lookupKey(),
                plan.metadata().values(), prices, plan.status().wireValue(), plan.scope().tenantId().value(),
                plan.scope().environmentId().value(), plan.audit().createdAt(), plan.audit().createdBy(),
                plan.audit().updatedAt(), plan.audit().updatedBy());
    }
}
