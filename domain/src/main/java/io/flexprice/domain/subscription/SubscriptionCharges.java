package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Fraction;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.billing.Proration;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.PriceCalculator;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a subscription owes, as {@link ChargeLine}s: pure, deterministic, time given by the periods and
 * instants passed in. Nothing is rounded (the invoice line rounds once), nothing is invoiced, no coupon or
 * tax is applied.
 *
 * <h2>The rules</h2>
 * <ul>
 *   <li>At a boundary between an ended period and the next ({@link #atBoundary}): ARREAR fixed charges and
 *       usage charges (and the commitment) for the ended period, then ADVANCE fixed charges for the next one.
 *       The first invoice, at creation, gets the ADVANCE fixed charges of the first period
 *       ({@link #atCreation}).</li>
 *   <li>A fixed charge covers the part of the period in which its line item is in force, out of the trial
 *       and out of any pause, prorated with {@link Proration} (DAY_BASED, in the customer's time zone) against
 *       the whole period of the schedule: a calendar subscription starting Jan 15 pays 17/31 of January. With
 *       {@code proration_behavior} NONE a partial period is charged in full. A one-time fixed price is charged
 *       once, in full, in the period its line starts.</li>
 *   <li>A usage charge prices the quantity read over its {@link UsageWindow} with {@link PriceCalculator}:
 *       never prorated; zero usage gives a line of zero, not a missing line; a quantity on a tier's
 *       {@code up_to} stays in that tier.</li>
 *   <li>Commitment (FlexPrice's): the period's usage charges U are compared with the commitment C, prorated
 *       like a fixed charge over the billable part of the period. Above it, the usage beyond C costs
 *       {@code overage_factor} times its amount: C is allotted to the usage lines in line item order, and each
 *       line's part beyond it gets a COMMITMENT_OVERAGE line of (part × (factor - 1)), so the period costs
 *       C + (U - C) × factor. Below it, with {@code enable_true_up}, a COMMITMENT_TRUE_UP line of C - U.</li>
 *   <li>A change inside a period (cancel, plan change, pause, resume) re-prices the ADVANCE fixed charges
 *       already made for it ({@link #reprice}): a negative PRORATION line credits the time a line no longer
 *       covers, a positive one charges the time a new line covers.</li>
 * </ul>
 */
public final class SubscriptionCharges {

    private static final MathContext WORKING = MathContext.DECIMAL128;

    private SubscriptionCharges() {
    }

    /** The first invoice's charges: the ADVANCE fixed charges of the first period. A draft owes nothing yet. */
    public static List<ChargeLine> atCreation(Subscription subscription) {
        if (subscription.subscriptionStatus() == SubscriptionStatus.DRAFT) {
            return List.of();
        }
        return advance(subscription, subscription.currentPeriod());
    }

    /**
     * The charges at the end of {@code subscription}'s current period: {@link #arrear} for it, then
     * {@link #advance} for the next period unless the subscription ends with this one. {@code subscription} is
     * the state during the ended period (before {@link Subscription#advancedTo} moves past it).
     *
     * @param usage the quantity of every window of {@link #usageWindows} for the current period
     */
    public static List<ChargeLine> atBoundary(Subscription subscription,
                                              Map<SubscriptionLineItemId, BigDecimal> usage) {
        return atPeriodEnd(subscription, subscription.currentPeriod(), usage);
    }

    /**
     * The charges at the end of {@code ended}, any period of the subscription's grid (not only the current
     * one): {@link #arrear} for it, then {@link #advance} for {@link Subscription#periodAfter} it. For a billing
     * loop that keeps its own cursor. Line items keep their dates, so a past period is charged as it was; a
     * period before a change of billing terms must be charged before the change takes effect.
     *
     * @param usage the quantity of every window of {@link #usageWindows} for {@code ended}
     */
    public static List<ChargeLine> atPeriodEnd(Subscription subscription, Period ended,
                                               Map<SubscriptionLineItemId, BigDecimal> usage) {
        List<ChargeLine> lines = new ArrayList<>(arrear(subscription, ended, usage));
        subscription.periodAfter(ended).ifPresent(next -> lines.addAll(advance(subscription, next)));
        return List.copyOf(lines);
    }

    /**
     * The usage to read for {@code period}: one window per USAGE line item in force in it, out of the trial.
     */
    public static List<UsageWindow> usageWindows(Subscription subscription, Period period) {
        List<UsageWindow> windows = new ArrayList<>();
        for (SubscriptionLineItem line : subscription.lineItems()) {
            if (line.isUsage()) {
                usageWindow(subscription, line, period).ifPresent(window ->
                        windows.add(new UsageWindow(line.id(), line.meterId(), window)));
            }
        }
        return List.copyOf(windows);
    }

    /**
     * The ADVANCE fixed charges for {@code period} (kind FIXED, cadence ADVANCE).
     */
    public static List<ChargeLine> advance(Subscription subscription, Period period) {
        List<ChargeLine> lines = new ArrayList<>();
        for (SubscriptionLineItem line : subscription.lineItems()) {
            if (line.isFixed() && line.invoiceCadence() == InvoiceCadence.ADVANCE) {
                fixed(subscription, line, period, ChargeKind.FIXED).ifPresent(lines::add);
            }
        }
        return List.copyOf(lines);
    }

    /**
     * The charges for {@code period} once it has ended: ARREAR fixed charges, one USAGE line per window of
     * {@link #usageWindows} (zero usage included), then the commitment's true-up or overage lines.
     *
     * @param usage the quantity read for each usage window, by line item
     * @throws IllegalArgumentException if a usage window has no quantity in {@code usage}
     */
    public static List<ChargeLine> arrear(Subscription subscription, Period period,
                                          Map<SubscriptionLineItemId, BigDecimal> usage) {
        Objects.requireNonNull(usage, "usage");
        List<ChargeLine> lines = new ArrayList<>();
        List<ChargeLine> usageLines = new ArrayList<>();
        for (SubscriptionLineItem line : subscription.lineItems()) {
            if (line.isFixed() && line.invoiceCadence() == InvoiceCadence.ARREAR) {
                fixed(subscription, line, period, ChargeKind.FIXED).ifPresent(lines::add);
            } else if (line.isUsage()) {
                Optional<Period> window = usageWindow(subscription, line, period);
                if (window.isPresent()) {
                    BigDecimal quantity = usage.get(line.id());
                    if (quantity == null) {
                        throw new IllegalArgumentException("no usage was given for line item " + line.id());
                    }
                    ChargeLine charge = new ChargeLine(line.id(), line.priceId(), line.meterId(), line.displayName(),
                            quantity, PriceCalculator.amount(line.terms(), quantity), window.get(), ChargeKind.USAGE,
                            InvoiceCadence.ARREAR);
                    usageLines.add(charge);
                    lines.add(charge);
                }
            }
        }
        lines.addAll(commitment(subscription, period, usageLines));
        return List.copyOf(lines);
    }

    /**
     * The re-pricing of the current period's ADVANCE fixed charges after a change within it: for each such
     * line item, what {@code after} charges for the period minus what {@code before} charged, as a PRORATION
     * line (negative: a credit for time no longer covered; positive: a charge for time newly covered). Both
     * are the same subscription in the same current period; lines whose charge did not change give no line.
     */
    public static List<ChargeLine> reprice(Subscription before, Subscription after) {
        Period period = before.currentPeriod();
        Map<SubscriptionLineItemId, SubscriptionLineItem[]> pairs = new LinkedHashMap<>();
        before.lineItems().forEach(line -> pairs.computeIfAbsent(line.id(), id -> new SubscriptionLineItem[2])[0] = line);
        after.lineItems().forEach(line -> pairs.computeIfAbsent(line.id(), id -> new SubscriptionLineItem[2])[1] = line);
        List<ChargeLine> lines = new ArrayList<>();
        for (SubscriptionLineItem[] pair : pairs.values()) {
            SubscriptionLineItem any = pair[0] != null ? pair[0] : pair[1];
            if (!any.isFixed() || !any.isRecurring() || any.invoiceCadence() != InvoiceCadence.ADVANCE) {
                continue;
            }
            List<Period> was = pair[0] == null ? List.of() : billable(before, pair[0], period);
            List<Period> is = pair[1] == null ? List.of() : billable(after, pair[1], period);
            Money charged = pair[0] == null ? Money.zero(before.currency()) : amount(before, pair[0], was);
            Money owed = pair[1] == null ? Money.zero(after.currency()) : amount(after, pair[1], is);
            Money difference = owed.minus(charged);
            if (difference.isZero()) {
                continue;
            }
            List<Period> changed = difference.isNegative() ? subtractAll(was, is) : subtractAll(is, was);
            Period service = changed.isEmpty() ? period : hull(changed);
            lines.add(new ChargeLine(any.id(), any.priceId(), any.meterId(), any.displayName(), any.quantity(),
                    difference, service, ChargeKind.PRORATION, InvoiceCadence.ADVANCE));
        }
        return List.copyOf(lines);
    }

    /**
     * What cancelling {@code before} immediately at {@code at} settles: with CREATE_PRORATIONS a credit for the
     * ADVANCE fixed charges of the rest of the period ({@link #reprice}), then the ARREAR and usage charges of
     * the period up to {@code at} ({@link #arrear} of {@code [start, at)}).
     *
     * @param before the subscription just before the cancellation, advanced to {@code at}
     * @param usage the quantity of every window of {@link #settlementUsageWindows}
     */
    public static List<ChargeLine> cancellation(Subscription before, Instant at, ProrationBehavior behavior,
                                                Map<SubscriptionLineItemId, BigDecimal> usage) {
        Subscription closed = before.closedAt(at);
        List<ChargeLine> lines = new ArrayList<>();
        if (behavior == ProrationBehavior.CREATE_PRORATIONS) {
            lines.addAll(reprice(before, closed));
        }
        if (at.isAfter(before.currentPeriod().start())) {
            lines.addAll(arrear(closed, closed.currentPeriod(), usage));
        }
        return List.copyOf(lines);
    }

    /**
     * What a plan change settles when it is made. Within the same period (same billing terms, or a change at
     * the period end): with CREATE_PRORATIONS the {@link #reprice} of the period, a credit for the old plan's
     * ADVANCE fixed charges from the change on and a charge for the new plan's for the rest of the period
     * (nothing for a change at the period end: the boundary charges the new plan). When the change restarts
     * the cycle at {@code at} (other billing terms): the credit, the ARREAR and usage charges of
     * {@code [start, at)}, and the ADVANCE fixed charges of the new first period.
     *
     * @param before the subscription just before the change, advanced to now
     * @param after what {@link Subscription#planChanged} made of it
     * @param at when the change takes effect
     * @param usage the quantity of every window of {@link #settlementUsageWindows}, needed when the cycle restarts
     */
    public static List<ChargeLine> planChange(Subscription before, Subscription after, Instant at,
                                              ProrationBehavior behavior,
                                              Map<SubscriptionLineItemId, BigDecimal> usage) {
        boolean prorate = behavior == ProrationBehavior.CREATE_PRORATIONS;
        if (after.currentPeriod().start().equals(before.currentPeriod().start())) {
            return prorate ? reprice(before, after) : List.of();
        }
        Subscription closed = before.closedAt(at);
        List<ChargeLine> lines = new ArrayList<>();
        if (prorate) {
            lines.addAll(reprice(before, closed));
        }
        if (at.isAfter(before.currentPeriod().start())) {
            lines.addAll(arrear(closed, closed.currentPeriod(), usage));
        }
        lines.addAll(advance(after, after.currentPeriod()));
        return List.copyOf(lines);
    }

    /** The usage windows of the part of the current period that a change at {@code at} settles now. */
    public static List<UsageWindow> settlementUsageWindows(Subscription before, Instant at) {
        if (!at.isAfter(before.currentPeriod().start())) {
            return List.of();
        }
        Subscription closed = before.closedAt(at);
        return usageWindows(closed, closed.currentPeriod());
    }

    /**
     * The fixed recurring charge of {@code lines} for one whole period, unprorated: what a plan change compares
     * to call itself an upgrade or a downgrade.
     */
    public static Money fixedChargePerPeriod(List<SubscriptionLineItem> lines, java.util.Currency currency) {
        Money total = Money.zero(currency);
        for (SubscriptionLineItem line : lines) {
            if (line.isFixed() && line.isRecurring()) {
                total = total.plus(PriceCalculator.amount(line.terms(), line.quantity()));
            }
        }
        return total;
    }

    /** UPGRADE if {@code after} costs more per period than {@code before}, DOWNGRADE if less, else LATERAL. */
    public static ChangeType classify(Money before, Money after) {
        int comparison = after.compareTo(before);
        return comparison > 0 ? ChangeType.UPGRADE : comparison < 0 ? ChangeType.DOWNGRADE : ChangeType.LATERAL;
    }

    // ---------------------------------------------------------------- internals

    private static Optional<ChargeLine> fixed(Subscription subscription, SubscriptionLineItem line, Period period,
                                              ChargeKind kind) {
        if (!line.isRecurring()) {
            if (!period.contains(line.startDate())) {
                return Optional.empty();
            }
            Period service = line.activeWithin(period).orElse(period);
            return Optional.of(new ChargeLine(line.id(), line.priceId(), line.meterId(), line.displayName(),
                    line.quantity(), PriceCalculator.amount(line.terms(), line.quantity()), service, kind,
                    line.invoiceCadence()));
        }
        List<Period> segments = billable(subscription, line, period);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChargeLine(line.id(), line.priceId(), line.meterId(), line.displayName(),
                line.quantity(), amount(subscription, line, segments), hull(segments), kind, line.invoiceCadence()));
    }

    private static Money amount(Subscription subscription, SubscriptionLineItem line, List<Period> segments) {
        Money whole = PriceCalculator.amount(line.terms(), line.quantity());
        Fraction share = share(subscription, segments);
        return new Money(share.multiply(whole.amount(), WORKING), whole.currency());
    }

    /** The parts of {@code period} a fixed line charges: where it is in force, minus the trial and the pauses. */
    private static List<Period> billable(Subscription subscription, SubscriptionLineItem line, Period period) {
        Optional<Period> active = line.activeWithin(period);
        return active.isEmpty() ? List.of() : chargeable(subscription, active.get());
    }

    /** {@code span} minus the trial and the pauses. */
    private static List<Period> chargeable(Subscription subscription, Period span) {
        List<Period> segments = List.of(span);
        if (subscription.trialEnd() != null) {
            segments = subtract(segments, new Period(subscription.trialStart(), subscription.trialEnd()));
        }
        for (SubscriptionPause pause : subscription.pauses()) {
            Period covered = pause.pauseStatus() == PauseStatus.CANCELLED ? null : pause.coverage(span.end());
            if (covered != null) {
                segments = subtract(segments, covered);
            }
        }
        return segments;
    }

    private static Optional<Period> usageWindow(Subscription subscription, SubscriptionLineItem line, Period period) {
        Optional<Period> active = line.activeWithin(period);
        if (active.isEmpty() || subscription.trialEnd() == null
                || !subscription.trialEnd().isAfter(active.get().start())) {
            return active;
        }
        return subscription.trialEnd().isBefore(active.get().end())
                ? Optional.of(new Period(subscription.trialEnd(), active.get().end())) : Optional.empty();
    }

    private static List<ChargeLine> commitment(Subscription subscription, Period period, List<ChargeLine> usage) {
        Commitment commitment = subscription.commitment();
        if (!commitment.isPresent()) {
            return List.of();
        }
        List<Period> billable = chargeable(subscription, period);
        if (billable.isEmpty()) {
            return List.of();
        }
        Money committed = new Money(share(subscription, billable).multiply(commitment.amount(), WORKING),
                subscription.currency());
        Money used = usage.stream().map(ChargeLine::amount).reduce(Money.zero(subscription.currency()), Money::plus);
        List<ChargeLine> lines = new ArrayList<>();
        if (used.compareTo(committed) > 0 && commitment.overageFactor().compareTo(BigDecimal.ONE) > 0) {
            BigDecimal extra = commitment.overageFactor().subtract(BigDecimal.ONE);
            Money remaining = committed;
            for (ChargeLine line : usage) {
                Money beyond = line.amount().minus(remaining);
                remaining = beyond.isNegative() ? remaining.minus(line.amount()) : Money.zero(remaining.currency());
                if (beyond.isNegative() || beyond.isZero()) {
                    continue;
                }
                BigDecimal quantity = line.quantity().multiply(beyond.amount())
                        .divide(line.amount().amount(), WORKING).stripTrailingZeros();
                lines.add(new ChargeLine(line.lineItemId(), line.priceId(), line.meterId(), line.displayName(),
                        quantity, beyond.times(extra), line.servicePeriod(), ChargeKind.COMMITMENT_OVERAGE,
                        InvoiceCadence.ARREAR));
            }
        } else if (used.compareTo(committed) < 0 && commitment.trueUp()) {
            lines.add(new ChargeLine(null, null, null, "Commitment true-up", BigDecimal.ONE, committed.minus(used),
                    period, ChargeKind.COMMITMENT_TRUE_UP, InvoiceCadence.ARREAR));
        }
        return lines;
    }

    /**
     * The share of the billing period the segments cover, each measured against the whole period of the
     * schedule that contains it (DAY_BASED proration in the customer's zone); 1 if any with NONE.
     */
    private static Fraction share(Subscription subscription, List<Period> segments) {
        if (subscription.prorationBehavior() == ProrationBehavior.NONE) {
            return segments.isEmpty() ? Fraction.of(0, 1) : Fraction.of(1, 1);
        }
        Fraction total = Fraction.of(0, 1);
        for (Period segment : segments) {
            BillingSchedule schedule = subscription.billingAt(segment.start()).schedule();
            Instant from = segment.start();
            while (from.isBefore(segment.end())) {
                Period whole = schedule.periodContaining(from);
                Instant to = whole.end().isBefore(segment.end()) ? whole.end() : segment.end();
                total = plus(total, minus(remaining(whole, from, subscription), remaining(whole, to, subscription)));
                from = to;
            }
        }
        return total;
    }

    private static Fraction remaining(Period whole, Instant at, Subscription subscription) {
        return at.isBefore(whole.end())
                ? Proration.fraction(whole, at, Proration.Strategy.DAY_BASED, subscription.billing().zone())
                : Fraction.of(0, 1);
    }

    private static Fraction plus(Fraction a, Fraction b) {
        return new Fraction(a.numerator().multiply(b.denominator()).add(b.numerator().multiply(a.denominator())),
                a.denominator().multiply(b.denominator()));
    }

    private static Fraction minus(Fraction a, Fraction b) {
        BigInteger numerator = a.numerator().multiply(b.denominator()).subtract(b.numerator().multiply(a.denominator()));
        return new Fraction(numerator.max(BigInteger.ZERO), a.denominator().multiply(b.denominator()));
    }

    private static List<Period> subtract(List<Period> segments, Period hole) {
        List<Period> result = new ArrayList<>();
        for (Period segment : segments) {
            if (!segment.overlaps(hole)) {
                result.add(segment);
                continue;
            }
            if (segment.start().isBefore(hole.start())) {
                result.add(new Period(segment.start(), hole.start()));
            }
            if (hole.end().isBefore(segment.end())) {
                result.add(new Period(hole.end(), segment.end()));
            }
        }
        return result;
    }

    private static List<Period> subtractAll(List<Period> segments, List<Period> holes) {
        List<Period> result = segments;
        for (Period hole : holes) {
            result = subtract(result, hole);
        }
        return result;
    }

    private static Period hull(List<Period> segments) {
        return new Period(segments.get(0).start(), segments.get(segments.size() - 1).end());
    }
}
