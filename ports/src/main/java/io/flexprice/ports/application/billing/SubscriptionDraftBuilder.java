package io.flexprice.ports.application.billing;

import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.DiscountType;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.TaxType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.tax.ApplicableTax;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tax.TaxTarget;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subscription's {@link InvoiceDraft} from its {@link ChargeLine}s: one invoice line per charge line (price, price
 * type, meter, display names, quantity, the exact amount, the service period), then the discounts of the
 * subscription's coupons and the taxes that apply to it.
 *
 * <ul>
 *   <li>Each line's metadata holds {@value #LINE_ITEM_KEY}, the subscription line item it charges, so that a later
 *       credit (a cancellation, a plan change) finds the invoice line it gives back.</li>
 *   <li>Coupons: every live association of the subscription active at the invoice period's start, whose coupon
 *       {@link Coupon#appliesInPeriod applies in period n}, where n counts the invoice period among the
 *       subscription's billing periods from the period containing the association's start (n = 1 there): 1 plus
 *       the number of period boundaries after the association's start up to the invoice period's start. A coupon
 *       given at creation starts with the subscription, so n is the index of the period since the subscription
 *       started. The invoices of one period share its n: a ONCE coupon discounts both the first invoice (the first
 *       period in advance) and the invoice that closes the first period (its usage and arrears, with the second
 *       period in advance). An association for one line item discounts that line's charges only.</li>
 *   <li>Taxes: {@link FindApplicableTaxesQuery} for the subscription, its customer and the tenant, at the invoice
 *       period's start.</li>
 * </ul>
 */
final class SubscriptionDraftBuilder {

    /** The metadata key of an invoice line naming the subscription line item it charges. */
    static final String LINE_ITEM_KEY = "subscription_line_item_id";

    private final PlanRepository plans;
    private final MeterRepository meters;
    private final CouponAssociationRepository associations;
    private final CouponRepository coupons;
    private final FindApplicableTaxesQuery taxes;

    SubscriptionDraftBuilder(PlanRepository plans, MeterRepository meters, CouponAssociationRepository associations,
                             CouponRepository coupons, FindApplicableTaxesQuery taxes) {
        this.plans = plans;
        this.meters = meters;
        this.associations = associations;
        this.coupons = coupons;
        this.taxes = taxes;
    }

    InvoiceDraft draft(Subscription subscription, Period period, BillingReason reason, List<ChargeLine> charges) {
        Map<PlanId, Optional<Plan>> planCache = new HashMap<>();
        Map<String, Optional<Meter>> meterCache = new HashMap<>();
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        for (ChargeLine charge : charges) {
            lines.add(line(subscription, charge, planCache, meterCache));
        }
        return new InvoiceDraft(subscription.customerId(), subscription.id().value(), period,
                subscription.currency(), reason, lines, discounts(subscription, period, charges),
                taxes(subscription, period.start()), null, null, null);
    }

    private InvoiceDraft.Line line(Subscription subscription, ChargeLine charge, Map<PlanId, Optional<Plan>> planCache,
                                   Map<String, Optional<Meter>> meterCache) {
        SubscriptionLineItem item = charge.lineItemId() == null ? null : subscription.lineItems().stream()
                .filter(l -> l.id().equals(charge.lineItemId())).findFirst().orElse(null);
        String meterName = charge.meterId() == null ? null : meterCache.computeIfAbsent(charge.meterId().value(),
                id -> meters.findById(subscription.scope(), charge.meterId())).map(Meter::name).orElse(null);
        String planName = null;
        if (item != null && item.entityType() == io.flexprice.domain.subscription.LineItemEntityType.PLAN) {
            PlanId planId = PlanId.of(item.entityId());
            planName = planCache.computeIfAbsent(planId, id -> plans.findById(subscription.scope(), id))
                    .map(Plan::name).orElse(null);
        }
        Metadata metadata = charge.lineItemId() == null ? Metadata.EMPTY
                : Metadata.of(Map.of(LINE_ITEM_KEY, charge.lineItemId().value()));
        return new InvoiceDraft.Line(charge.priceId(), item == null ? null : item.terms().type(), charge.meterId(),
                meterName, item == null ? null : item.entityType().wireValue(), item == null ? null : item.entityId(),
                planName, charge.displayName(), charge.quantity(), charge.amount(), charge.servicePeriod(), metadata);
    }

    private List<InvoiceDraft.Discount> discounts(Subscription subscription, Period period,
                                                  List<ChargeLine> charges) {
        List<InvoiceDraft.Discount> discounts = new ArrayList<>();
        for (CouponAssociation association : associations.findLiveBySubscription(subscription.scope(),
                subscription.id().value())) {
            if (!association.isActiveAt(period.start())) {
                continue;
            }
            Optional<Coupon> found = coupons.findById(subscription.scope(), association.couponId());
            if (found.isEmpty()) {
                continue;
            }
            Coupon coupon = found.get();
            if (!coupon.appliesInPeriod(periodIndex(subscription, association.startDate(), period.start()))) {
                continue;
            }
            if (coupon.type() == CouponType.FIXED && !coupon.currency().equals(subscription.currency())) {
                continue; // attaching refuses this; a coupon never converts currencies
            }
            InvoiceDraft.Discount discount = new InvoiceDraft.Discount(coupon.id().value(),
                    association.id().value(),
                    coupon.type() == CouponType.FIXED ? DiscountType.FIXED : DiscountType.PERCENTAGE,
                    coupon.type() == CouponType.FIXED ? coupon.amountOff() : coupon.percentageOff(), null);
            if (association.subscriptionLineItemId() == null) {
                discounts.add(discount);
                continue;
            }
            for (int i = 0; i < charges.size(); i++) {
                ChargeLine charge = charges.get(i);
                if (charge.lineItemId() != null
                        && charge.lineItemId().value().equals(association.subscriptionLineItemId())
                        && !charge.amount().isNegative() && !charge.amount().isZero()) {
                    discounts.add(discount.onLine(i));
                }
            }
        }
        return discounts;
    }

    /**
     * n of {@link Coupon#appliesInPeriod}: 1 plus the number of the subscription's period boundaries in
     * {@code (from, at]}, the boundaries cut by the schedule in force at each.
     */
    static int periodIndex(Subscription subscription, Instant from, Instant at) {
        if (!at.isAfter(from)) {
            return 1;
        }
        BillingSchedule schedule = subscription.billingAt(from).schedule();
        Period period = schedule.periodContaining(from);
        int n = 1;
        while (!period.end().isAfter(at)) {
            n++;
            period = subscription.billingAt(period.end()).schedule().nextPeriod(period);
        }
        return n;
    }

    private List<InvoiceDraft.Tax> taxes(Subscription subscription, Instant at) {
        List<InvoiceDraft.Tax> result = new ArrayList<>();
        TaxTarget target = new TaxTarget(subscription.scope(), subscription.customerId().value(),
                subscription.id().value());
        for (ApplicableTax tax : taxes.applicableTaxes(target, subscription.currency(), at)) {
            result.add(tax(tax.rate(), tax.association().id().value()));
        }
        return result;
    }

    static InvoiceDraft.Tax tax(io.flexprice.domain.tax.TaxRate rate, String associationId) {
        return rate.type() == TaxRateType.PERCENTAGE
                ? new InvoiceDraft.Tax(rate.id().value(), associationId, TaxType.PERCENTAGE, rate.percentageValue())
                : new InvoiceDraft.Tax(rate.id().value(), associationId, TaxType.FIXED, rate.fixedValue());
    }
}
