package io.flexprice.ports.application.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionCharges;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionPause;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.subscription.LineItemNames;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads show a subscription as it stands now: {@link Subscription#advancedTo} the clock's instant. */
public final class FindSubscriptionsService implements FindSubscriptionsQuery {

    private final SubscriptionRepository subscriptions;
    private final PlanRepository plans;
    private final MeterRepository meters;
    private final LineUsage usage;
    private final Clock clock;

    public FindSubscriptionsService(SubscriptionRepository subscriptions, CustomerRepository customers,
                                    PlanRepository plans, MeterRepository meters, UsageReader usageReader,
                                    Clock clock) {
        this.subscriptions = subscriptions;
        this.plans = plans;
        this.meters = meters;
        this.usage = new LineUsage(usageReader, meters, customers);
        this.clock = clock;
    }

    @Override
    public Subscription get(Caller caller, SubscriptionId id) {
        return live(subscriptions, caller.scope(), id).advancedTo(clock.instant());
    }

    @Override
    public Page<Subscription> search(Caller caller, SubscriptionFilter filter, PageRequest page) {
        Instant now = clock.instant();
        Page<Subscription> found = subscriptions.search(caller.scope(), filter, page);
        return new Page<>(found.items().stream().map(s -> s.advancedTo(now)).toList(), found.total(), found.limit(),
                found.offset());
    }

    @Override
    public List<AddonAssociation> addonAssociations(Caller caller, SubscriptionId id) {
        return AddonAssociation.of(get(caller, id), clock.instant());
    }

    @Override
    public LineItemNames lineItemNames(Caller caller, List<Subscription> of) {
        Map<String, String> planNames = new HashMap<>();
        Map<String, String> meterNames = new HashMap<>();
        for (Subscription subscription : of) {
            for (SubscriptionLineItem line : subscription.lineItems()) {
                if (line.entityType() == LineItemEntityType.PLAN && !planNames.containsKey(line.entityId())) {
                    plans.findById(caller.scope(), PlanId.of(line.entityId()))
                            .ifPresent(plan -> planNames.put(line.entityId(), plan.name()));
                }
                if (line.meterId() != null && !meterNames.containsKey(line.meterId().value())) {
                    meters.findById(caller.scope(), line.meterId())
                            .ifPresent(meter -> meterNames.put(line.meterId().value(), meter.name()));
                }
            }
        }
        return new LineItemNames(planNames, meterNames);
    }

    @Override
    public List<SubscriptionPause> pauses(Caller caller, SubscriptionId id) {
        return get(caller, id).pauses();
    }

    /**
     * USAGE and COMMITMENT_OVERAGE lines only: the fixed charges and a true-up belong to the invoice of the
     * whole period.
     */
    @Override
    public Usage usage(Caller caller, SubscriptionId id, Instant start, Instant end) {
        Instant now = clock.instant();
        Subscription subscription = get(caller, id);
        Period current = subscription.currentPeriod();
        Instant from = start != null ? start : current.start();
        Instant to = end != null ? end : now.isBefore(current.end()) ? now : current.end();
        if (!to.isAfter(from)) {
            if (start != null || end != null) {
                throw ValidationException.of("end_time", "must be after start_time");
            }
            return new Usage(subscription, current, List.of()); // not started yet: nothing used
        }
        Period period = new Period(from, to);
        List<ChargeLine> charges = SubscriptionCharges.arrear(subscription, period,
                usage.read(subscription, SubscriptionCharges.usageWindows(subscription, period)));
        return new Usage(subscription, period, charges.stream()
                .filter(line -> line.kind() == ChargeKind.USAGE || line.kind() == ChargeKind.COMMITMENT_OVERAGE)
                .toList());
    }

    /**
     * The live subscription, as stored.
     *
     * @throws NotFoundException {@code subscription.not_found}
     */
    public static Subscription live(SubscriptionRepository subscriptions, Scope scope, SubscriptionId id) {
        return subscriptions.findById(scope, id).filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                        "subscription " + id + " not found"));
    }

    /**
     * The live subscription, locked until the calling unit of work ends: what a change reads first.
     *
     * @throws NotFoundException {@code subscription.not_found}
     */
    public static Subscription lockedLive(SubscriptionRepository subscriptions, Scope scope, SubscriptionId id) {
        return subscriptions.lockById(scope, id).filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                        "subscription " + id + " not found"));
    }
}
