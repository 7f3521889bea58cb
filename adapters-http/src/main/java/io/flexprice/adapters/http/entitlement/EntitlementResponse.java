package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.EntitlementResponse}: {@code usage_limit} a number (absent: unlimited),
 * {@code feature_type} in lower case, {@code plan_id} repeating {@code entity_id} for a plan's entitlement.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EntitlementResponse(String id, String entityType, String entityId, String planId, String featureId,
                                  String featureType, boolean isEnabled, BigDecimal usageLimit,
                                  String usageResetPeriod, boolean isSoftLimit, String staticValue,
                                  String parentEntitlementId, Instant startDate, Instant endDate, String status,
                                  String tenantId, String environmentId, Instant createdAt, String createdBy,
                                  Instant updatedAt, String updatedBy) {

    public static EntitlementResponse from(Entitlement e) {
        return new EntitlementResponse(e.id().value(), e.entityType().name(), e.entityId(),
                e.entityType() == EntitlementEntityType.PLAN ? e.entityId() : null, e.featureId().value(),
                e.featureType().wireValue(), e.enabled(), e.usageLimit(),
                e.usageResetPeriod() == null ? null : e.usageResetPeriod().name(), e.softLimit(), e.staticValue(),
                e.parentEntitlementId() == null ? null : e.parentEntitlementId().value(), e.startDate(), e.endDate(),
                e.status().wireValue(), e.scope().tenantId().value(), e.scope().environmentId().value(),
                e.audit().createdAt(), e.audit().createdBy(), e.audit().updatedAt(), e.audit().updatedBy());
    }
}
