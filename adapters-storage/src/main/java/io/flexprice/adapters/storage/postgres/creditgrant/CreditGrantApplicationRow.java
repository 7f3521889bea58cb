package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationId;
import io.flexprice.domain.creditgrant.CreditGrantApplicationReason;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransactionId;
import java.math.BigDecimal;
import java.time.Instant;

/** A row of {@code credit_grant_applications}: enums by name. */
final class CreditGrantApplicationRow {

    private String id;
    private String tenantId;
    private String environmentId;
    private String creditGrantId;
    private String subscriptionId;
    private int periodIndex;
    private Instant periodStart;
    private Instant periodEnd;
    private Instant scheduledFor;
    private Instant appliedAt;
    private String applicationStatus;
    private String applicationReason;
    private BigDecimal credits;
    private Instant expiresAt;
    private String walletId;
    private String walletTransactionId;
    private String subscriptionStatusAtApplication;
    private String failureReason;
    private int retryCount;
    private String idempotencyKey;
    private Instant createdAt;
    private Instant updatedAt;

    static CreditGrantApplicationRow from(CreditGrantApplication a) {
        CreditGrantApplicationRow row = new CreditGrantApplicationRow();
        row.id = a.id().value();
        row.tenantId = a.scope().tenantId().value();
        row.environmentId = a.scope().environmentId().value();
        row.creditGrantId = a.creditGrantId().value();
        row.subscriptionId = a.subscriptionId().value();
        row.periodIndex = a.periodIndex();
        row.periodStart = a.periodStart();
        row.periodEnd = a.periodEnd();
        row.scheduledFor = a.scheduledFor();
        row.appliedAt = a.appliedAt();
        row.applicationStatus = a.applicationStatus().name();
        row.applicationReason = a.applicationReason().name();
        row.credits = a.credits().value();
        row.expiresAt = a.expiresAt();
        row.walletId = a.walletId() == null ? null : a.walletId().value();
        row.walletTransactionId = a.walletTransactionId() == null ? null : a.walletTransactionId().value();
        row.subscriptionStatusAtApplication = a.subscriptionStatusAtApplication() == null ? null
                : a.subscriptionStatusAtApplication().name();
        row.failureReason = a.failureReason();
        row.retryCount = a.retryCount();
        row.idempotencyKey = a.idempotencyKey();
        row.createdAt = a.createdAt();
        row.updatedAt = a.updatedAt();
        return row;
    }

    CreditGrantApplication toDomain() {
        return new CreditGrantApplication(CreditGrantApplicationId.of(id), Scope.of(tenantId, environmentId),
                CreditGrantId.of(creditGrantId), SubscriptionId.of(subscriptionId), periodIndex, periodStart,
                periodEnd, scheduledFor, appliedAt, CreditGrantApplicationStatus.valueOf(applicationStatus),
                CreditGrantApplicationReason.valueOf(applicationReason), new Credits(credits), expiresAt,
                walletId == null ? null : new WalletId(walletId),
                walletTransactionId == null ? null : new WalletTransactionId(walletTransactionId),
                subscriptionStatusAtApplication == null ? null
                        : SubscriptionStatus.valueOf(subscriptionStatusAtApplication),
                failureReason, retryCount, idempotencyKey, createdAt, updatedAt);
    }
}
