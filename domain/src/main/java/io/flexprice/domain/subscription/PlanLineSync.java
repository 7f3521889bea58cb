package io.flexprice.domain.subscription;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A subscription brought in line with its plan's current prices (FlexPrice's plan price sync):
 * <ul>
 *   <li>each recurring plan price the subscription never had, and that fits its currency and billing period,
 *       becomes a PLAN line from the price's start (now at the earliest, never before the subscription starts)
 *       to the price's end, cut at the subscription's horizon (a scheduled plan change or its end);</li>
 *   <li>a running or future line of the plan whose price ended ends with it (now at the earliest); one whose price
 *       was deleted ends now.</li>
 * </ul>
 * Added lines bill from the next invoice on, as line items added through a subscription's endpoints do.
 *
 * @param subscription the subscription after the sync
 * @param added the lines added
 * @param ended the lines ended
 */
public record PlanLineSync(Subscription subscription, int added, int ended) {

    /**
     * @param subscription the subscription on {@code planId}, as of {@code now} ({@link Subscription#advancedTo})
     * @param planPrices the plan's live prices not ended at {@code now}
     * @param priceOf a price by id, empty when it was deleted
     * @param lineIds the ids of new lines
     */
    public static PlanLineSync of(Subscription subscription, PlanId planId, List<ListedPrice> planPrices,
                                  Function<PriceId, Optional<ListedPrice>> priceOf,
                                  Supplier<SubscriptionLineItemId> lineIds, Instant now, Audit changed) {
        Subscription updated = subscription;
        int ended = 0;
        for (SubscriptionLineItem line : subscription.lineItems()) {
            Optional<Instant> end = endOfPrice(line, planId, priceOf, now);
            if (end.isPresent()) {
                updated = updated.withLineItemEnded(line.id(), end.get(), changed);
                ended++;
            }
        }
        Instant horizon = horizon(subscription);
        Set<PriceId> everOnSubscription = subscription.lineItems().stream().map(SubscriptionLineItem::priceId)
                .collect(Collectors.toSet());
        int added = 0;
        for (ListedPrice price : planPrices) {
            if (everOnSubscription.contains(price.id())
                    || price.terms().billingCadence() != BillingCadence.RECURRING
                    || !SubscriptionLineItem.isEligible(price.terms(), subscription.currency(),
                    subscription.billing().period(), subscription.billing().periodCount())) {
                continue;
            }
            Instant start = latest(now, price.startDate(), subscription.startDate());
            Instant end = price.endDate();
            if (horizon != null && (end == null || horizon.isBefore(end))) {
                end = horizon;
            }
            if (end != null && !end.isAfter(start)) {
                continue;
            }
            updated = updated.withLineItem(SubscriptionLineItem.snapshot(lineIds.get(), LineItemEntityType.PLAN,
                    planId.value(), price, null, null, start, end, null, Audit.createdBy(changed.updatedBy(), now)),
                    changed);
            added++;
        }
        return new PlanLineSync(updated, added, ended);
    }

    /** Whether the sync changed anything. */
    public boolean changed() {
        return added + ended > 0;
    }

    /**
     * When a running or future plan line has to end because its price ended (at the price's end, now if that is
     * past) or was deleted (now); empty if the line can stay as it is.
     */
    private static Optional<Instant> endOfPrice(SubscriptionLineItem line, PlanId planId,
                                                Function<PriceId, Optional<ListedPrice>> priceOf, Instant now) {
        if (line.entityType() != LineItemEntityType.PLAN || !planId.value().equals(line.entityId())
                || line.endDate() != null && !line.endDate().isAfter(now)) {
            return Optional.empty();
        }
        Optional<ListedPrice> price = priceOf.apply(line.priceId());
        Instant priceEnd = price.isEmpty() ? now : price.get().endDate();
        if (priceEnd == null) {
            return Optional.empty();
        }
        Instant at = priceEnd.isAfter(now) ? priceEnd : now;
        return line.endDate() != null && !line.endDate().isAfter(at) ? Optional.empty() : Optional.of(at);
    }

    /** Where the subscription's lines of its current plan stop: a scheduled plan change or its end, if any. */
    private static Instant horizon(Subscription subscription) {
        Instant change = subscription.scheduledChange() == null ? null : subscription.scheduledChange().effectiveAt();
        Instant end = subscription.endsAt().orElse(null);
        if (change == null) {
            return end;
        }
        return end == null || change.isBefore(end) ? change : end;
    }

    private static Instant latest(Instant a, Instant b, Instant c) {
        Instant later = a.isAfter(b) ? a : b;
        return later.isAfter(c) ? later : c;
    }
}
