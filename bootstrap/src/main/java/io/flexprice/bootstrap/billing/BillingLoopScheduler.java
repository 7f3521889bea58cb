package io.flexprice.bootstrap.billing;

import io.dropwizard.lifecycle.Managed;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.billing.BillingRunSummary;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.CreditGrantRunSummary;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode's billing schedule: one thread that runs {@link BillDueSubscriptionsUseCase} right after the start and
 * then {@code billing.interval} after each run ends. A run bills in batches of {@link #BATCH_SIZE} until a batch
 * comes back short, so it catches up on everything due. Each run first expires the wallet credits whose time has
 * come ({@link ExpireWalletCreditsUseCase}, every tenant), then applies the credit grants due
 * ({@link ApplyDueCreditGrantsUseCase}, batched the same way), so an expired credit never pays an invoice and a
 * period's granted credits are there to pay it. It does nothing else: the Temporal worker mode will call the same use cases from a workflow. Stopping lets the period
 * being billed finish, then ends the thread.
 */
public final class BillingLoopScheduler implements Managed {

    /** Periods billed per call of the use case. */
    public static final int BATCH_SIZE = 100;
    /** The thread's name, so a thread dump shows it. */
    public static final String THREAD_NAME = "flexprice-billing-loop";

    private static final Logger LOG = LoggerFactory.getLogger(BillingLoopScheduler.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final BillDueSubscriptionsUseCase billing;
    private final ApplyDueCreditGrantsUseCase grants;
    private final ExpireWalletCreditsUseCase expiry;
    private final Clock clock;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private volatile boolean stopping;

    public BillingLoopScheduler(BillDueSubscriptionsUseCase billing, ApplyDueCreditGrantsUseCase grants,
                                ExpireWalletCreditsUseCase expiry, Clock clock, Duration interval) {
        this.billing = billing;
        this.grants = grants;
        this.expiry = expiry;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        stopping = false;
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, THREAD_NAME));
        executor.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        LOG.info("billing loop started: every {}", interval);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor == null) {
            return;
        }
        stopping = true;
        executor.shutdown();
        if (!executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            LOG.warn("the billing loop did not finish within {}; interrupting it", STOP_TIMEOUT);
            executor.shutdownNow();
            executor.awaitTermination(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }
        executor = null;
        LOG.info("billing loop stopped");
    }

    /** One run: batches until nothing more is due (or the scheduler stops). Never throws, so the schedule goes on. */
    void runOnce() {
        expireWalletCredits();
        applyCreditGrants();
        try {
            BillingRunSummary batch;
            do {
                batch = billing.billDue(clock.instant(), BATCH_SIZE);
                report(batch);
            } while (batch.total() >= BATCH_SIZE && !stopping);
        } catch (RuntimeException e) {
            LOG.error("billing run failed; the next run tries again in {}", interval, e);
        }
    }

    private void expireWalletCredits() {
        try {
            int expired = expiry.expireInEveryScope(clock.instant()).size();
            if (expired > 0) {
                LOG.info("wallet credits: {} expiry debits", expired);
            }
        } catch (RuntimeException e) {
            LOG.error("wallet credit expiry failed; the next run tries again in {}", interval, e);
        }
    }

    private void applyCreditGrants() {
        try {
            CreditGrantRunSummary batch;
            do {
                batch = grants.applyDue(clock.instant(), BATCH_SIZE);
                if (batch.total() > 0) {
                    LOG.info("credit grants: {} applied, {} skipped, {} failed (retried next run)",
                            batch.applied().size(), batch.skipped().size(), batch.failed().size());
                }
            } while (batch.total() >= BATCH_SIZE && !stopping);
        } catch (RuntimeException e) {
            LOG.error("credit grant run failed; the next run tries again in {}", interval, e);
        }
    }

    private static void report(BillingRunSummary batch) {
        if (batch.total() > 0) {
            LOG.info("billing run: {} billed, {} skipped (nothing owed), {} ended, {} failed", batch.billed(),
                    batch.skipped(), batch.ended(), batch.failed());
        }
        for (BillingRunSummary.Failure failure : batch.failures()) {
            LOG.warn("billing {} {} of {}/{} failed (attempt {}; retried later): {}", failure.subscriptionId(),
                    failure.period(), failure.scope().tenantId(), failure.scope().environmentId(), failure.attempts(),
                    failure.error());
        }
    }
}
