package io.flexprice.ports.application.billing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionCharges;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.subscription.FindSubscriptionsService;
import io.flexprice.ports.application.subscription.LineUsage;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;

/**
 * Subscriptions connected to invoices: the draft of a period's invoice (billing reason SUBSCRIPTION_CYCLE) is
 * {@link SubscriptionCharges#atPeriodEnd} of the subscription as it stands now, for that period, with the usage of
 * every {@link SubscriptionCharges#usageWindows window} read as the usage endpoint reads it ({@link LineUsage}):
 * ARREAR fixed charges, usage and the commitment of the period, and ADVANCE fixed charges of the period after it
 * (none when the subscription ends with it). Coupons and taxes: {@link SubscriptionDraftBuilder}.
 *
 * <p>The first invoice's draft (SUBSCRIPTION_CREATE) is {@link SubscriptionCharges#advance} of its period, as
 * {@code BillingSubscriptionsService} bills it at creation; recalculating a voided first invoice reads it.
 *
 * <p>This is what {@code BillSubscriptionPeriodsUseCase.bill(caller, subscriptionId, period, finalize)} invokes for
 * a period without a live invoice, and what the invoice preview and recalculation read.
 */
public final class SubscriptionPeriodDrafts implements SubscriptionInvoiceDrafts {

    private final SubscriptionRepository subscriptions;
    private final LineUsage usage;
    private final SubscriptionDraftBuilder builder;
    private final Clock clock;

    public SubscriptionPeriodDrafts(SubscriptionRepository subscriptions, CustomerRepository customers,
                                    PlanRepository plans, MeterRepository meters, UsageReader usageReader,
                                    CouponAssociationRepository couponAssociations, CouponRepository coupons,
                                    FindApplicableTaxesQuery taxes, Clock clock) {
        this.subscriptions = subscriptions;
        this.usage = new LineUsage(usageReader, meters, customers);
        this.builder = new SubscriptionDraftBuilder(plans, meters, couponAssociations, coupons, taxes);
        this.clock = clock;
    }

    /**
     * @param period a period of the subscription's grid (as {@code Subscription.periodAfter} walks it, clipped by
     *     its end); null: the current period
     */
    @Override
    public InvoiceDraft draft(Scope scope, String subscriptionId, Period period) {
        Subscription subscription = FindSubscriptionsService.live(subscriptions, scope,
                new SubscriptionId(subscriptionId)).advancedTo(clock.instant());
        Period billed = period != null ? period : subscription.currentPeriod();
        return builder.draft(subscription, billed, BillingReason.SUBSCRIPTION_CYCLE,
                SubscriptionCharges.atPeriodEnd(subscription, billed,
                        usage.read(subscription, SubscriptionCharges.usageWindows(subscription, billed))));
    }

    @Override
    public InvoiceDraft draftAtCreation(Scope scope, String subscriptionId, Period firstPeriod) {
        Subscription subscription = FindSubscriptionsService.live(subscriptions, scope,
                new SubscriptionId(subscriptionId));
        return builder.draft(subscription, firstPeriod, BillingReason.SUBSCRIPTION_CREATE,
                SubscriptionCharges.advance(subscription, firstPeriod));
    }
}
