package io.flexprice.adapters.http.creditgrant;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreditGrantApplicationResponse}: {@code credits} a number, {@code application_status} and
 * {@code application_reason} in lower case. Extensions: {@code period_index}, {@code expires_at}, {@code wallet_id}
 * and {@code wallet_transaction_id} (the ledger entry the credits landed in).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreditGrantApplicationResponse(String id, String creditGrantId, String subscriptionId,
                                             Instant scheduledFor, Instant appliedAt, Instant periodStart,
                                             Instant periodEnd, String applicationStatus, String applicationReason,
                                             String subscriptionStatusAtApplication, BigDecimal credits,
                                             String failureReason, int retryCount, String idempotencyKey,
                                             int periodIndex, Instant expiresAt, String walletId,
                                             String walletTransactionId, String status, String tenantId,
                                             String environmentId, Instant createdAt, Instant updatedAt) {

    public static CreditGrantApplicationResponse from(CreditGrantApplication a) {
        return new CreditGrantApplicationResponse(a.id().value(), a.creditGrantId().value(),
                a.subscriptionId().value(), a.scheduledFor(), a.appliedAt(), a.periodStart(), a.periodEnd(),
                a.applicationStatus().wireValue(), a.applicationReason().wireValue(),
                a.subscriptionStatusAtApplication() == null ? null : a.subscriptionStatusAtApplication().wireValue(),
                new BigDecimal(a.credits().toPlainString()), a.failureReason(), a.retryCount(), a.idempotencyKey(),
                a.periodIndex(), a.expiresAt(), a.walletId() == null ? null : a.walletId().value(),
                a.walletTransactionId() == null ? null : a.walletTransactionId().value(), "published",
                a.scope().tenantId().value(), a.scope().environmentId().value(), a.createdAt(), a.updatedAt());
    }
}
