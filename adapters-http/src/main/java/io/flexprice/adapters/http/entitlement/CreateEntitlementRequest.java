package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.ports.in.entitlement.CreateEntitlementCommand;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreateEntitlementRequest}: {@code plan_id} alone means entity type PLAN and that plan;
 * otherwise {@code entity_type} and {@code entity_id}. {@code is_enabled} left out means enabled.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateEntitlementRequest(String planId, String entityType, String entityId, String featureId,
                                       String featureType, Boolean isEnabled, BigDecimal usageLimit,
                                       String usageResetPeriod, Boolean isSoftLimit, String staticValue,
                                       String parentEntitlementId, String startDate, String endDate) {

    public CreateEntitlementCommand toCommand() {
        WireParser wire = new WireParser();
        CreateEntitlementCommand command = toCommand(wire, "");
        wire.throwIfInvalid();
        return command;
    }

    CreateEntitlementCommand toCommand(WireParser wire, String prefix) {
        EntitlementEntityType type = EntitlementWire.parse(wire, prefix, "entity_type", entityType,
                EntitlementEntityType::fromWire);
        String owner = entityId;
        if (planId != null && !planId.isBlank()) {
            if (type != null && type != EntitlementEntityType.PLAN) {
                wire.add(prefix + "plan_id", "is only for entity_type PLAN");
            } else if (owner != null && !owner.isBlank() && !owner.equals(planId)) {
                wire.add(prefix + "plan_id", "must be entity_id when both are given");
            }
            type = EntitlementEntityType.PLAN;
            owner = planId;
        } else if ((entityType == null || entityType.isBlank()) || owner == null || owner.isBlank()) {
            wire.add(prefix + "entity_id", "either plan_id or entity_type and entity_id is required");
        }
        if (featureId == null || featureId.isBlank()) {
            wire.add(prefix + "feature_id", "is required");
        }
        if (featureType == null || featureType.isBlank()) {
            wire.add(prefix + "feature_type", "is required");
        }
        FeatureType feature = EntitlementWire.parse(wire, prefix, "feature_type", featureType, FeatureType::fromWire);
        UsageResetPeriod period = EntitlementWire.parse(wire, prefix, "usage_reset_period", usageResetPeriod,
                UsageResetPeriod::fromWire);
        Instant start = wire.instant(startDate, prefix + "start_date");
        Instant end = wire.instant(endDate, prefix + "end_date");
        return new CreateEntitlementCommand(type, owner,
                featureId == null || featureId.isBlank() ? null : new FeatureId(featureId), feature, isEnabled,
                usageLimit, period, isSoftLimit, staticValue,
                parentEntitlementId == null || parentEntitlementId.isBlank() ? null
                        : new EntitlementId(parentEntitlementId), start, end);
    }
}
