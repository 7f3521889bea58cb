package io.flexprice.domain.creditgrant;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Free credits granted to subscriptions (FlexPrice's credit grant): {@code credits} once (ONETIME) or in every period
 * of {@code periodCount} × {@code period} (RECURRING), to every subscription of {@code planId} (scope PLAN) or to
 * {@code subscriptionId} (scope SUBSCRIPTION). Each application lands in the customer's wallet as a free top-up
 * expiring by {@code expirationType}.
 *
 * <p>The schedule, per subscription: a recurring grant's periods are anchored at the subscription's start and cut
 * on the wall clock of the subscription's zone (as {@link BillingSchedule} cuts, ANNIVERSARY), so a MONTHLY grant on
 * a monthly subscription follows its billing periods. The first application is in the period that contains
 * {@link #effectiveFrom} (the subscription's start, or the grant's {@code startDate} / creation if later: a grant
 * added to a plan is not granted retroactively for periods its subscriptions had already begun before); a ONETIME
 * grant is applied once, at that instant. Nothing is applied in a period starting at or after {@code endDate}.
 */
public record CreditGrant(CreditGrantId id, Scope scope, String name, CreditGrantScope grantScope, PlanId planId,
                          SubscriptionId subscriptionId, Credits credits, CreditGrantCadence cadence,
                          CreditGrantPeriod period, Integer periodCount, CreditGrantExpiryType expirationType,
                          Integer expirationDuration, CreditGrantExpiryDurationUnit expirationDurationUnit,
                          Integer priority, ConversionRate conversionRate, ConversionRate topupConversionRate,
                          Instant startDate, Instant endDate, Metadata metadata, Status status, Audit audit) {

    public CreditGrant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        expirationType = expirationType == null ? CreditGrantExpiryType.NEVER : expirationType;
        if (cadence == CreditGrantCadence.RECURRING && periodCount == null) {
            periodCount = 1;
        }
        Violations violations = new Violations()
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .require(grantScope != null, "scope", "is required")
                .require(credits != null && credits.isPositive(), "credits", "must be greater than zero")
                .require(cadence != null, "cadence", "is required");
        if (grantScope == CreditGrantScope.PLAN) {
            violations.require(planId != null, "plan_id", "is required for scope PLAN")
                    .require(subscriptionId == null, "subscription_id", "is only for scope SUBSCRIPTION");
        } else if (grantScope == CreditGrantScope.SUBSCRIPTION) {
            violations.require(subscriptionId != null, "subscription_id", "is required for scope SUBSCRIPTION");
        }
        if (cadence == CreditGrantCadence.RECURRING) {
            violations.require(period != null, "period", "is required for cadence RECURRING")
                    .require(periodCount != null && periodCount >= 1 && periodCount <= BillingSchedule.MAX_COUNT,
                            "period_count", "must be between 1 and " + BillingSchedule.MAX_COUNT);
        }
        if (expirationType == CreditGrantExpiryType.DURATION) {
            violations.require(expirationDuration != null && expirationDuration >= 1, "expiration_duration",
                            "must be at least 1 for expiration_type DURATION")
                    .require(expirationDurationUnit != null, "expiration_duration_unit",
                            "is required for expiration_type DURATION");
        }
        violations.require(priority == null || priority >= 0, "priority", "must not be negative")
                .require(startDate == null || endDate == null || startDate.isBefore(endDate), "end_date",
                        "must be after start_date")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public boolean isRecurring() {
        return cadence == CreditGrantCadence.RECURRING;
    }

    /** When a subscription that started at {@code subscriptionStart} first gets this grant. */
    public Instant effectiveFrom(Instant subscriptionStart) {
        Instant from = startDate != null ? startDate : audit.createdAt();
        return from.isAfter(subscriptionStart) ? from : subscriptionStart;
    }

    /** A recurring grant's first period for a subscription: the one containing {@link #effectiveFrom}. */
    public Period firstPeriod(Instant subscriptionStart, ZoneId zone) {
        return schedule(subscriptionStart, zone).periodContaining(effectiveFrom(subscriptionStart));
    }

    /** A recurring grant's period after {@code previous}, for the same subscription. */
    public Period periodAfter(Period previous, Instant subscriptionStart, ZoneId zone) {
        return schedule(subscriptionStart, zone).nextPeriod(previous);
    }

    /** Whether an application scheduled at {@code scheduledFor} is still within the grant's end date. */
    public boolean appliesAt(Instant scheduledFor) {
        return endDate == null || scheduledFor.isBefore(endDate);
    }

    /**
     * When credits granted at {@code grantedAt} expire: null (NEVER), {@code grantedAt} plus the duration on the
     * wall clock of {@code zone} (DURATION), or the end of {@code billingPeriod}, the subscription's billing period
     * they are granted in (BILLING_CYCLE).
     */
    public Instant expiryFor(Instant grantedAt, Period billingPeriod, ZoneId zone) {
        return switch (expirationType) {
            case NEVER -> null;
            case DURATION -> grantedAt.atZone(zone).plus(expirationDuration, expirationDurationUnit.chronoUnit())
                    .toInstant();
            case BILLING_CYCLE -> billingPeriod.end();
        };
    }

    /** Why the application with this index (0 for the first) is made. */
    public CreditGrantApplicationReason reasonFor(int periodIndex) {
        if (!isRecurring()) {
            return CreditGrantApplicationReason.ONETIME_CREDIT_GRANT;
        }
        return periodIndex == 0 ? CreditGrantApplicationReason.FIRST_TIME_RECURRING_CREDIT_GRANT
                : CreditGrantApplicationReason.RECURRING_CREDIT_GRANT;
    }

    /** The wallet top-up's idempotency key of one application: the same for every attempt at it. */
    public String idempotencyKey(SubscriptionId subscription, int periodIndex) {
        return "credit_grant:" + id.value() + ":" + subscription.value() + ":" + periodIndex;
    }

    public CreditGrant withDetails(String newName, Metadata newMetadata, Audit changed) {
        return new CreditGrant(id, scope, newName, grantScope, planId, subscriptionId, credits, cadence, period,
                periodCount, expirationType, expirationDuration, expirationDurationUnit, priority, conversionRate,
                topupConversionRate, startDate, endDate, newMetadata, status, changed);
    }

    public CreditGrant deleted(Audit changed) {
        return new CreditGrant(id, scope, name, grantScope, planId, subscriptionId, credits, cadence, period,
                periodCount, expirationType, expirationDuration, expirationDurationUnit, priority, conversionRate,
                topupConversionRate, startDate, endDate, metadata, Status.DELETED, changed);
    }

    private BillingSchedule schedule(Instant subscriptionStart, ZoneId zone) {
        if (!isRecurring()) {
            throw new IllegalStateException("a ONETIME grant has no periods");
        }
        return new BillingSchedule(period.unit(), periodCount, BillingCycle.ANNIVERSARY, subscriptionStart, zone);
    }
}
