package io.flexprice.ports.application.billing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.DomainException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.billing.BillingRunSummary;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The billing loop. Each period is one unit of work: claim the earliest due cursor (in Postgres
 * {@code FOR UPDATE SKIP LOCKED}, so concurrent runs never hold the same one), invoice its period through
 * {@link BillSubscriptionPeriodsUseCase} (idempotent per subscription and period), and move the cursor to the
 * subscription's {@link Subscription#periodAfter next period} or end it. The cursor and the invoice commit together,
 * so a period is never billed twice; a cursor that fell behind is claimed again until it has caught up.
 *
 * <p>A failure rolls back that period's unit of work and is recorded on the cursor in another one ({@code attempts},
 * {@code last_error}, a retry after {@link BillingCursor#retryDelay}); the run goes on with the other cursors.
 *
 * <p>Paused, trialing and cancelled subscriptions are billed per period like the others (their charges say what they
 * owe); the period the subscription's end falls in is billed up to the end, and nothing after it.
 */
public final class BillDueSubscriptionsService implements BillDueSubscriptionsUseCase {

    private final BillingCursorRepository cursors;
    private final SubscriptionRepository subscriptions;
    private final BillSubscriptionPeriodsUseCase periods;
    private final Transactions transactions;

    public BillDueSubscriptionsService(BillingCursorRepository cursors, SubscriptionRepository subscriptions,
                                       BillSubscriptionPeriodsUseCase periods, Transactions transactions) {
        this.cursors = cursors;
        this.subscriptions = subscriptions;
        this.periods = periods;
        this.transactions = transactions;
    }

    @Override
    public BillingRunSummary billDue(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 1) {
            throw ValidationException.of("limit", "must be at least 1");
        }
        int billed = 0;
        int skipped = 0;
        int ended = 0;
        List<BillingRunSummary.Failure> failures = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            Attempt attempt = claimAndBill(now);
            switch (attempt.outcome()) {
                case NOTHING_DUE -> {
                    return new BillingRunSummary(billed, skipped, ended, failures);
                }
                case BILLED -> billed++;
                case SKIPPED -> skipped++;
                case ENDED -> ended++;
                case FAILED -> failures.add(attempt.failure());
            }
        }
        return new BillingRunSummary(billed, skipped, ended, failures);
    }

    private Attempt claimAndBill(Instant now) {
        BillingCursor[] claimed = new BillingCursor[1];
        try {
            return transactions.inTransaction(() -> {
                List<BillingCursor> due = cursors.claimDueAcrossTenants(now, 1);
                if (due.isEmpty()) {
                    return Attempt.NOTHING_DUE;
                }
                claimed[0] = due.get(0);
                return billPeriod(claimed[0], now);
            });
        } catch (RuntimeException failure) {
            if (claimed[0] == null) {
                throw failure; // the claim itself failed (storage unavailable): nothing more can run now
            }
            return new Attempt(Outcome.FAILED, recordFailure(claimed[0], failure, now));
        }
    }

    /** Inside the claim's unit of work: invoices the cursor's period and moves the cursor on. */
    private Attempt billPeriod(BillingCursor cursor, Instant now) {
        Optional<Subscription> found = subscriptions.findById(cursor.scope(), cursor.subscriptionId())
                .filter(Subscription::isLive);
        if (found.isEmpty()) {
            cursors.save(cursor.ended(now));
            return Attempt.ENDED;
        }
        Subscription subscription = found.get();
        if (subscription.subscriptionStatus() == SubscriptionStatus.DRAFT) {
            throw new IllegalStateException("subscription " + subscription.id()
                    + " is a draft: its periods are billed once it is activated");
        }
        Optional<Instant> end = subscription.endsAt();
        if (end.isPresent() && !end.get().isAfter(cursor.period().start())) {
            cursors.save(cursor.ended(now));
            return Attempt.ENDED;
        }
        Period period = end.isPresent() && end.get().isBefore(cursor.period().end())
                ? new Period(cursor.period().start(), end.get()) : cursor.period();
        PeriodInvoice invoice = periods.bill(new Caller(cursor.scope(), ACTOR), subscription.id().value(), period,
                true);
        Optional<Period> next = subscription.periodAfter(period);
        cursors.save(next.map(p -> cursor.advancedTo(p, now)).orElseGet(() -> cursor.ended(now)));
        return invoice.invoice().invoiceStatus() == InvoiceStatus.SKIPPED ? Attempt.SKIPPED : Attempt.BILLED;
    }

    /**
     * Records the failed attempt on the cursor, under its lock, unless another run has moved it on meanwhile.
     */
    private BillingRunSummary.Failure recordFailure(BillingCursor cursor, RuntimeException failure, Instant now) {
        String error = describe(failure);
        int attempts = cursor.attempts() + 1;
        try {
            attempts = transactions.inTransaction(() -> cursors.lockBySubscription(cursor.scope(),
                            cursor.subscriptionId())
                    .filter(current -> !current.isEnded() && current.period().equals(cursor.period()))
                    .map(current -> {
                        BillingCursor failed = current.failed(error, now);
                        cursors.save(failed);
                        return failed.attempts();
                    })
                    .orElse(cursor.attempts() + 1));
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
        }
        return new BillingRunSummary.Failure(cursor.scope(), cursor.subscriptionId().value(), cursor.period(),
                attempts, error);
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return failure instanceof DomainException domain ? domain.code().code() + ": " + message
                : failure.getClass().getSimpleName() + ": " + message;
    }

    private enum Outcome { NOTHING_DUE, BILLED, SKIPPED, ENDED, FAILED }

    private record Attempt(Outcome outcome, BillingRunSummary.Failure failure) {

        static final Attempt NOTHING_DUE = new Attempt(Outcome.NOTHING_DUE, null);
        static final Attempt BILLED = new Attempt(Outcome.BILLED, null);
        static final Attempt SKIPPED = new Attempt(Outcome.SKIPPED, null);
        static final Attempt ENDED = new Attempt(Outcome.ENDED, null);
    }
}
