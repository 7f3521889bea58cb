package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code credit_grants}: enums by name, the metadata as JSON text. */
final class CreditGrantRow extends ScopedRow {

    private String name;
    private String scope;
    private String planId;
    private String subscriptionId;
    private BigDecimal credits;
    private String cadence;
    private String period;
    private Integer periodCount;
    private String expirationType;
    private Integer expirationDuration;
    private String expirationDurationUnit;
    private Integer priority;
    private BigDecimal conversionRate;
    private BigDecimal topupConversionRate;
    private Instant startDate;
    private Instant endDate;
    private String metadata;

    static CreditGrantRow from(CreditGrant g) {
        CreditGrantRow row = new CreditGrantRow();
        row.fill(g.id().value(), g.scope(), g.status(), g.audit());
        row.name = g.name();
        row.scope = g.grantScope().name();
        row.planId = g.planId() == null ? null : g.planId().value();
        row.subscriptionId = g.subscriptionId() == null ? null : g.subscriptionId().value();
        row.credits = g.credits().value();
        row.cadence = g.cadence().name();
        row.period = g.period() == null ? null : g.period().name();
        row.periodCount = g.periodCount();
        row.expirationType = g.expirationType().name();
        row.expirationDuration = g.expirationDuration();
        row.expirationDurationUnit = g.expirationDurationUnit() == null ? null : g.expirationDurationUnit().name();
        row.priority = g.priority();
        row.conversionRate = g.conversionRate() == null ? null : g.conversionRate().value();
        row.topupConversionRate = g.topupConversionRate() == null ? null : g.topupConversionRate().value();
        row.startDate = g.startDate();
        row.endDate = g.endDate();
        row.metadata = JsonColumns.write(g.metadata().values());
        return row;
    }

    CreditGrant toDomain() {
        return new CreditGrant(CreditGrantId.of(id), scope(), name, CreditGrantScope.valueOf(scope),
                planId == null ? null : PlanId.of(planId),
                subscriptionId == null ? null : SubscriptionId.of(subscriptionId), new Credits(credits),
                CreditGrantCadence.valueOf(cadence), period == null ? null : CreditGrantPeriod.valueOf(period),
                periodCount, CreditGrantExpiryType.valueOf(expirationType), expirationDuration,
                expirationDurationUnit == null ? null : CreditGrantExpiryDurationUnit.valueOf(expirationDurationUnit),
                priority, conversionRate == null ? null : new ConversionRate(conversionRate),
                topupConversionRate == null ? null : new ConversionRate(topupConversionRate), startDate, endDate,
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
