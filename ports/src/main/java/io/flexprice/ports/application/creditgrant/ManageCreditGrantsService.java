package io.flexprice.ports.application.creditgrant;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.creditgrant.CreateCreditGrantCommand;
import io.flexprice.ports.in.creditgrant.ManageCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.UpdateCreditGrantCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;

public final class ManageCreditGrantsService implements ManageCreditGrantsUseCase {

    static final String ID_PREFIX = "cg";

    private final CreditGrantRepository grants;
    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageCreditGrantsService(CreditGrantRepository grants, PlanRepository plans,
                                     SubscriptionRepository subscriptions, IdGenerator ids, Clock clock) {
        this.grants = grants;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CreditGrant create(Caller caller, CreateCreditGrantCommand c) {
        Instant now = clock.instant();
        CreditGrant grant = new CreditGrant(CreditGrantId.of(ids.newId(ID_PREFIX)), caller.scope(), c.name(),
                c.scope(), c.planId(), c.subscriptionId(), c.credits(), c.cadence(), c.period(), c.periodCount(),
                c.expirationType(), c.expirationDuration(), c.expirationDurationUnit(), c.priority(),
                c.conversionRate(), c.topupConversionRate(), c.startDate(), c.endDate(), c.metadata(),
                Status.PUBLISHED, Audit.createdBy(caller.actor(), now));
        if (grant.planId() != null) {
            plans.findById(caller.scope(), grant.planId()).filter(Plan::isLive)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.PLAN_NOT_FOUND,
                            "plan " + grant.planId() + " not found"));
        }
        if (grant.subscriptionId() != null) {
            subscriptions.findById(caller.scope(), grant.subscriptionId()).filter(Subscription::isLive)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                            "subscription " + grant.subscriptionId() + " not found"));
        }
        grants.insert(grant);
        return grant;
    }

    @Override
    public CreditGrant update(Caller caller, CreditGrantId id, UpdateCreditGrantCommand command) {
        CreditGrant grant = live(caller, id);
        CreditGrant updated = grant.withDetails(command.name() == null ? grant.name() : command.name(),
                command.metadata() == null ? grant.metadata() : command.metadata(),
                grant.audit().updatedBy(caller.actor(), clock.instant()));
        grants.update(updated);
        return updated;
    }

    @Override
    public void delete(Caller caller, CreditGrantId id) {
        CreditGrant grant = live(caller, id);
        grants.update(grant.deleted(grant.audit().updatedBy(caller.actor(), clock.instant())));
    }

    private CreditGrant live(Caller caller, CreditGrantId id) {
        return grants.findById(caller.scope(), id).filter(CreditGrant::isLive)
                .orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(CreditGrantId id) {
        return new NotFoundException(ErrorCode.CREDIT_GRANT_NOT_FOUND, "credit grant " + id + " not found");
    }
}
