package io.flexprice.ports.application.creditgrant;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationId;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** The next application of a grant to a subscription, from the last one made (shared by the run and the query). */
final class GrantSchedule {

    private GrantSchedule() {
    }

    /**
     * The application to make next, PENDING with the id given (a FAILED last one is retried as it is); empty when the
     * grant has nothing more for the subscription (a ONETIME grant applied, the grant's end date or the subscription's
     * end reached, a draft subscription).
     */
    static Optional<CreditGrantApplication> next(CreditGrant grant, Subscription subscription,
                                                 Optional<CreditGrantApplication> last,
                                                 CreditGrantApplicationId newId, Instant now) {
        if (!subscription.isLive() || subscription.subscriptionStatus() == SubscriptionStatus.DRAFT) {
            return Optional.empty();
        }
        if (last.isPresent() && last.get().isFailed()) {
            return last;
        }
        Instant start = subscription.startDate();
        ZoneId zone = subscription.billing().schedule().zone();
        int index;
        Instant periodStart;
        Instant periodEnd;
        Instant scheduledFor;
        if (last.isEmpty()) {
            index = 0;
            Instant from = grant.effectiveFrom(start);
            if (grant.isRecurring()) {
                Period first = grant.firstPeriod(start, zone);
                periodStart = first.start();
                periodEnd = first.end();
                scheduledFor = first.start().isAfter(from) ? first.start() : from;
            } else {
                periodStart = from;
                periodEnd = null;
                scheduledFor = from;
            }
        } else {
            if (!grant.isRecurring() || last.get().periodEnd() == null) {
                return Optional.empty();
            }
            Period next = grant.periodAfter(new Period(last.get().periodStart(), last.get().periodEnd()), start,
                    zone);
            index = last.get().periodIndex() + 1;
            periodStart = next.start();
            periodEnd = next.end();
            scheduledFor = next.start();
        }
        if (!grant.appliesAt(scheduledFor)) {
            return Optional.empty();
        }
        Optional<Instant> end = subscription.endsAt();
        if (end.isPresent() && !end.get().isAfter(scheduledFor)) {
            return Optional.empty();
        }
        return Optional.of(new CreditGrantApplication(newId, grant.scope(), grant.id(), subscription.id(), index,
                periodStart, periodEnd, scheduledFor, null, CreditGrantApplicationStatus.PENDING,
                grant.reasonFor(index), grant.credits(), null, null, null, null, null, 0,
                grant.idempotencyKey(subscription.id(), index), now, now));
    }

    /** When credits granted by the application expire (see {@link CreditGrant#expiryFor}). */
    static Instant expiry(CreditGrant grant, Subscription subscription, CreditGrantApplication application) {
        Instant at = application.scheduledFor();
        var schedule = subscription.billingAt(at).schedule();
        return grant.expiryFor(at, schedule.periodContaining(at), schedule.zone());
    }
}
