package io.flexprice.adapters.http.creditgrant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.creditgrant.CreateCreditGrantCommand;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCreditGrantRequest}: {@code credits} and the rates are decimal strings; the enums
 * are their upper-case names ({@code cadence} ONETIME / RECURRING, {@code scope} PLAN / SUBSCRIPTION, ...).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateCreditGrantRequest(String name, String scope, String planId, String subscriptionId,
                                       String credits, String cadence, String period, Integer periodCount,
                                       String expirationType, Integer expirationDuration,
                                       String expirationDurationUnit, Integer priority, String conversionRate,
                                       String topupConversionRate, String startDate, String endDate,
                                       Map<String, String> metadata) {

    public CreateCreditGrantCommand toCommand() {
        WireParser wire = new WireParser();
        if (credits == null || credits.isBlank()) {
            wire.add("credits", "is required");
        }
        if (scope == null || scope.isBlank()) {
            wire.add("scope", "is required");
        }
        if (cadence == null || cadence.isBlank()) {
            wire.add("cadence", "is required");
        }
        CreateCreditGrantCommand command = new CreateCreditGrantCommand(name,
                CreditGrantWire.enumValue(wire, scope, "scope", CreditGrantScope::fromWire),
                planId == null || planId.isBlank() ? null : wire.parse(f -> "plan_id", () -> PlanId.of(planId)),
                subscriptionId == null || subscriptionId.isBlank() ? null
                        : wire.parse(f -> "subscription_id", () -> SubscriptionId.of(subscriptionId)),
                CreditGrantWire.credits(wire, credits, "credits"),
                CreditGrantWire.enumValue(wire, cadence, "cadence", CreditGrantCadence::fromWire),
                CreditGrantWire.enumValue(wire, period, "period", CreditGrantPeriod::fromWire), periodCount,
                CreditGrantWire.enumValue(wire, expirationType, "expiration_type", CreditGrantExpiryType::fromWire),
                expirationDuration,
                CreditGrantWire.enumValue(wire, expirationDurationUnit, "expiration_duration_unit",
                        CreditGrantExpiryDurationUnit::fromWire),
                priority, CreditGrantWire.rate(wire, conversionRate, "conversion_rate"),
                CreditGrantWire.rate(wire, topupConversionRate, "topup_conversion_rate"),
                wire.instant(startDate, "start_date"), wire.instant(endDate, "end_date"),
                metadata == null ? null : Metadata.of(metadata));
        wire.throwIfInvalid();
        return command;
    }
}
