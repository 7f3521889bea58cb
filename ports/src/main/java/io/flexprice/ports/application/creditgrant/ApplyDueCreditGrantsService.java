package io.flexprice.ports.application.creditgrant;

import io.flexprice.domain.common.DomainException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationId;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.creditgrant.ApplyDueCreditGrantsUseCase;
import io.flexprice.ports.in.creditgrant.CreditGrantRunSummary;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.CreateWalletCommand;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.in.wallet.TopUpWalletCommand;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The grant run. For every live grant and every live subscription it covers (all of a PLAN grant's plan), it makes
 * the applications that are due ({@link GrantSchedule#next}: scheduled at or before {@code now}) in period order, so a
 * run that was missed catches up. Each application is one unit of work: insert it PENDING unless its key (grant,
 * subscription, period index) exists, lock it, and unless it is applied already (another run won the race) top up
 * the customer's wallet ({@link TransactionReason#SUBSCRIPTION_CREDIT_GRANT}, free, idempotency key
 * {@link CreditGrant#idempotencyKey}, expiring as the grant says) and mark it APPLIED.
 *
 * <p>The wallet: the customer's first active PRE_PAID wallet in the subscription's currency; when there is none one
 * is created ("Subscription Wallet", the grant's conversion rates or 1), as FlexPrice does. Credits that would expire
 * at or before {@code now} (a period caught up too late) are not granted: the application is SKIPPED with the reason.
 * A failure rolls its unit of work back and is recorded as a FAILED application with the reason, retried by every
 * later run (the same period and idempotency key) before the grant's later periods for that subscription.
 *
 * <p>Finding what is due scans the live grants and their subscriptions on every run; a due-time index (like the
 * billing cursors) is the next step when grants times subscriptions grow large.
 */
public final class ApplyDueCreditGrantsService implements ApplyDueCreditGrantsUseCase {

    static final String APPLICATION_ID_PREFIX = "cga";
    static final String WALLET_NAME = "Subscription Wallet";
    private static final int SUBSCRIPTION_PAGE = 500;

    private final CreditGrantRepository grants;
    private final CreditGrantApplicationRepository applications;
    private final SubscriptionRepository subscriptions;
    private final WalletRepository wallets;
    private final ManageWalletsUseCase manageWallets;
    private final TopUpWalletUseCase topUps;
    private final Transactions transactions;
    private final IdGenerator ids;

    public ApplyDueCreditGrantsService(CreditGrantRepository grants, CreditGrantApplicationRepository applications,
                                       SubscriptionRepository subscriptions, WalletRepository wallets,
                                       ManageWalletsUseCase manageWallets, TopUpWalletUseCase topUps,
                                       Transactions transactions, IdGenerator ids) {
        this.grants = grants;
        this.applications = applications;
        this.subscriptions = subscriptions;
        this.wallets = wallets;
        this.manageWallets = manageWallets;
        this.topUps = topUps;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public CreditGrantRunSummary applyDue(Instant now, int limit) {
        Objects.requireNonNull(now, "now");
        if (limit < 1) {
            throw ValidationException.of("limit", "must be at least 1");
        }
        List<CreditGrantApplication> applied = new ArrayList<>();
        List<CreditGrantApplication> skipped = new ArrayList<>();
        List<CreditGrantApplication> failed = new ArrayList<>();
        for (CreditGrant grant : grants.findLiveAcrossTenants()) {
            for (Subscription subscription : subscriptionsOf(grant)) {
                while (applied.size() + skipped.size() + failed.size() < limit) {
                    Optional<CreditGrantApplication> due = due(grant, subscription, now);
                    if (due.isEmpty()) {
                        break;
                    }
                    CreditGrantApplication outcome = apply(grant, subscription, due.get(), now);
                    if (outcome == null) {
                        continue; // another run made it meanwhile: not counted here
                    }
                    switch (outcome.applicationStatus()) {
                        case APPLIED -> applied.add(outcome);
                        case SKIPPED -> skipped.add(outcome);
                        default -> failed.add(outcome);
                    }
                    if (outcome.isFailed()) {
                        break; // retried by the next run, before this subscription's later periods
                    }
                }
                if (applied.size() + skipped.size() + failed.size() >= limit) {
                    return new CreditGrantRunSummary(applied, skipped, failed);
                }
            }
        }
        return new CreditGrantRunSummary(applied, skipped, failed);
    }

    private Optional<CreditGrantApplication> due(CreditGrant grant, Subscription subscription, Instant now) {
        Optional<CreditGrantApplication> last = applications.findLatest(grant.scope(), grant.id(), subscription.id());
        return GrantSchedule.next(grant, subscription, last,
                        CreditGrantApplicationId.of(ids.newId(APPLICATION_ID_PREFIX)), now)
                .filter(next -> !next.scheduledFor().isAfter(now));
    }

    private List<Subscription> subscriptionsOf(CreditGrant grant) {
        if (grant.grantScope() == CreditGrantScope.SUBSCRIPTION) {
            return subscriptions.findById(grant.scope(), grant.subscriptionId()).stream().toList();
        }
        List<Subscription> all = new ArrayList<>();
        SubscriptionFilter filter = new SubscriptionFilter(null, null, List.of(grant.planId().value()), null, null);
        int offset = 0;
        while (true) {
            var page = subscriptions.search(grant.scope(), filter,
                    new PageRequest(SUBSCRIPTION_PAGE, offset, PageRequest.SortOrder.ASC));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().size() < SUBSCRIPTION_PAGE) {
                return all;
            }
        }
    }

    /**
     * One application, one unit of work; a failure is recorded in another. @return the application's outcome, or
     * null if another run made it meanwhile
     */
    private CreditGrantApplication apply(CreditGrant grant, Subscription subscription,
                                         CreditGrantApplication pending, Instant now) {
        try {
            return transactions.inTransaction(() -> {
                applications.insertIfAbsent(pending);
                CreditGrantApplication current = lock(pending);
                if (current.isApplied() || current.applicationStatus() == CreditGrantApplicationStatus.SKIPPED) {
                    return null; // another run applied it meanwhile
                }
                Instant expiry = GrantSchedule.expiry(grant, subscription, current);
                if (expiry != null && !expiry.isAfter(now)) {
                    CreditGrantApplication skipped = current.skipped("the credits would have expired at " + expiry
                            + ", before they were applied", subscription.subscriptionStatus(), now);
                    applications.update(skipped);
                    return skipped;
                }
                Caller caller = new Caller(grant.scope(), SYSTEM_ACTOR);
                Wallet wallet = walletFor(caller, grant, subscription);
                TopUpResult result = topUps.topUp(caller, wallet.id(), new TopUpWalletCommand(grant.credits(), null,
                        TransactionReason.SUBSCRIPTION_CREDIT_GRANT, "Credit grant: " + grant.name(),
                        Map.of("credit_grant_id", grant.id().value(), "subscription_id", subscription.id().value()),
                        expiry, grant.priority(), current.idempotencyKey()));
                CreditGrantApplication done = current.applied(wallet.id(), result.transaction().id(), expiry,
                        subscription.subscriptionStatus(), now);
                applications.update(done);
                return done;
            });
        } catch (RuntimeException failure) {
            String reason = describe(failure);
            return transactions.inTransaction(() -> {
                applications.insertIfAbsent(pending);
                CreditGrantApplication current = lock(pending);
                if (current.isApplied()) {
                    return null;
                }
                CreditGrantApplication failed = current.failed(reason, now);
                applications.update(failed);
                return failed;
            });
        }
    }

    private CreditGrantApplication lock(CreditGrantApplication pending) {
        return applications.lock(pending.scope(), pending.creditGrantId(), pending.subscriptionId(),
                pending.periodIndex()).orElseThrow(() -> new IllegalStateException("the application " + pending.id()
                + " was stored but cannot be read back"));
    }

    private Wallet walletFor(Caller caller, CreditGrant grant, Subscription subscription) {
        return wallets.findByCustomer(caller.scope(), subscription.customerId()).stream()
                .filter(Wallet::isActive)
                .filter(w -> w.type() == WalletType.PRE_PAID && w.currency().equals(subscription.currency()))
                .findFirst()
                .orElseGet(() -> manageWallets.create(caller, new CreateWalletCommand(
                        new CustomerRef(subscription.customerId().value(), null), WALLET_NAME, null,
                        subscription.currency(), WalletType.PRE_PAID, grant.conversionRate(),
                        grant.topupConversionRate(), null, null, null, null, Map.of())));
    }

    private static String describe(RuntimeException failure) {
        String message = failure.getMessage() == null ? "" : failure.getMessage();
        return failure instanceof DomainException domain ? domain.code().code() + ": " + message
                : failure.getClass().getSimpleName() + ": " + message;
    }
}
