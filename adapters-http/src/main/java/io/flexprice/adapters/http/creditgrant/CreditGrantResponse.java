package io.flexprice.adapters.http.creditgrant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.creditgrant.CreditGrant;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreditGrantResponse}: {@code credits} and the rates as decimal strings without trailing
 * zeros, the enums by name, {@code status} in lower case.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreditGrantResponse(String id, String name, String scope, String planId, String subscriptionId,
                                  String credits, String cadence, String period, Integer periodCount,
                                  String expirationType, Integer expirationDuration, String expirationDurationUnit,
                                  Integer priority, String conversionRate, String topupConversionRate,
                                  Instant startDate, Instant endDate, Map<String, String> metadata, String status,
                                  String tenantId, String environmentId, Instant createdAt, String createdBy,
                                  Instant updatedAt, String updatedBy) {

    public static CreditGrantResponse from(CreditGrant g) {
        return new CreditGrantResponse(g.id().value(), g.name(), g.grantScope().name(),
                g.planId() == null ? null : g.planId().value(),
                g.subscriptionId() == null ? null : g.subscriptionId().value(), CreditGrantWire.format(g.credits()),
                g.cadence().name(), CreditGrantWire.name(g.period()), g.periodCount(), g.expirationType().name(),
                g.expirationDuration(), CreditGrantWire.name(g.expirationDurationUnit()), g.priority(),
                CreditGrantWire.format(g.conversionRate()), CreditGrantWire.format(g.topupConversionRate()),
                g.startDate(), g.endDate(), g.metadata().values(), g.status().wireValue(), g.scope().tenantId().value(),
                g.scope().environmentId().value(), g.audit().createdAt(), g.audit().createdBy(),
                g.audit().updatedAt(), g.audit().updatedBy());
    }
}
