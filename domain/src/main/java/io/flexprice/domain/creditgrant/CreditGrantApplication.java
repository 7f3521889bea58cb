package io.flexprice.domain.creditgrant;

import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransactionId;
import java.time.Instant;
import java.util.Objects;

/**
 * One application of a grant to a subscription: the {@code periodIndex}-th (0 first) of the grant's periods for it,
 * {@code [periodStart, periodEnd)} (a ONETIME grant: index 0, {@code periodEnd} null). There is one per (grant,
 * subscription, period index), so a period is applied at most once. APPLIED names the wallet and its ledger entry;
 * FAILED says why in {@code failureReason} and counts the attempts in {@code retryCount}; SKIPPED was never applied
 * (the reason says why).
 */
public record CreditGrantApplication(CreditGrantApplicationId id, Scope scope, CreditGrantId creditGrantId,
                                     SubscriptionId subscriptionId, int periodIndex, Instant periodStart,
                                     Instant periodEnd, Instant scheduledFor, Instant appliedAt,
                                     CreditGrantApplicationStatus applicationStatus,
                                     CreditGrantApplicationReason applicationReason, Credits credits,
                                     Instant expiresAt, WalletId walletId, WalletTransactionId walletTransactionId,
                                     SubscriptionStatus subscriptionStatusAtApplication, String failureReason,
                                     int retryCount, String idempotencyKey, Instant createdAt, Instant updatedAt) {

    public CreditGrantApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(creditGrantId, "creditGrantId");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(scheduledFor, "scheduledFor");
        Objects.requireNonNull(applicationStatus, "applicationStatus");
        Objects.requireNonNull(applicationReason, "applicationReason");
        Objects.requireNonNull(credits, "credits");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (periodIndex < 0 || retryCount < 0) {
            throw new IllegalArgumentException("periodIndex and retryCount must not be negative");
        }
        if (periodEnd != null && !periodStart.isBefore(periodEnd)) {
            throw new IllegalArgumentException("periodStart must be before periodEnd");
        }
    }

    public boolean isApplied() {
        return applicationStatus == CreditGrantApplicationStatus.APPLIED;
    }

    public boolean isFailed() {
        return applicationStatus == CreditGrantApplicationStatus.FAILED;
    }

    public CreditGrantApplication applied(WalletId wallet, WalletTransactionId entry, Instant expiry,
                                          SubscriptionStatus subscriptionStatus, Instant now) {
        return new CreditGrantApplication(id, scope, creditGrantId, subscriptionId, periodIndex, periodStart,
                periodEnd, scheduledFor, now, CreditGrantApplicationStatus.APPLIED, applicationReason, credits,
                expiry, wallet, entry, subscriptionStatus, null, retryCount, idempotencyKey, createdAt, now);
    }

    public CreditGrantApplication failed(String reason, Instant now) {
        return new CreditGrantApplication(id, scope, creditGrantId, subscriptionId, periodIndex, periodStart,
                periodEnd, scheduledFor, null, CreditGrantApplicationStatus.FAILED, applicationReason, credits,
                expiresAt, walletId, walletTransactionId, subscriptionStatusAtApplication, reason, retryCount + 1,
                idempotencyKey, createdAt, now);
    }

    public CreditGrantApplication skipped(String reason, SubscriptionStatus subscriptionStatus, Instant now) {
        return new CreditGrantApplication(id, scope, creditGrantId, subscriptionId, periodIndex, periodStart,
                periodEnd, scheduledFor, null, CreditGrantApplicationStatus.SKIPPED, applicationReason, credits,
                expiresAt, walletId, walletTransactionId, subscriptionStatus, reason, retryCount, idempotencyKey,
                createdAt, now);
    }
}
