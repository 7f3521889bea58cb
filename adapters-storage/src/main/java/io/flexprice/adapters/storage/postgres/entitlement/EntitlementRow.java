package io.flexprice.adapters.storage.postgres.entitlement;

import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code entitlements}: the enums by their constant names. */
final class EntitlementRow extends ScopedRow {

    private String entityType;
    private String entityId;
    private String featureId;
    private String featureType;
    private boolean isEnabled;
    private BigDecimal usageLimit;
    private String usageResetPeriod;
    private boolean isSoftLimit;
    private String staticValue;
    private String parentEntitlementId;
    private Instant startDate;
    private Instant endDate;

    static EntitlementRow from(Entitlement e) {
        EntitlementRow row = new EntitlementRow();
        row.fill(e.id().value(), e.scope(), e.status(), e.audit());
        row.entityType = e.entityType().name();
        row.entityId = e.entityId();
        row.featureId = e.featureId().value();
        row.featureType = e.featureType().name();
        row.isEnabled = e.enabled();
        row.usageLimit = e.usageLimit();
        row.usageResetPeriod = e.usageResetPeriod() == null ? null : e.usageResetPeriod().name();
        row.isSoftLimit = e.softLimit();
        row.staticValue = e.staticValue();
        row.parentEntitlementId = e.parentEntitlementId() == null ? null : e.parentEntitlementId().value();
        row.startDate = e.startDate();
        row.endDate = e.endDate();
        return row;
    }

    Entitlement toDomain() {
        return new Entitlement(new EntitlementId(id), scope(), EntitlementEntityType.valueOf(entityType), entityId,
                new FeatureId(featureId), FeatureType.valueOf(featureType), isEnabled, usageLimit,
                usageResetPeriod == null ? null : UsageResetPeriod.valueOf(usageResetPeriod), isSoftLimit, staticValue,
                parentEntitlementId == null ? null : new EntitlementId(parentEntitlementId), startDate, endDate,
                status, audit());
    }
}
