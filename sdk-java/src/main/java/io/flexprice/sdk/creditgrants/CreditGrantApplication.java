package io.flexprice.sdk.creditgrants;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreditGrantApplicationResponse}: one application of a grant to a subscription for one
 * period; {@code credits} is a JSON number. This server adds {@code periodIndex}, {@code expiresAt},
 * {@code walletId} and {@code walletTransactionId} (null from FlexPrice's).
 *
 * @param id the application's id
 * @param creditGrantId the grant
 * @param subscriptionId the subscription
 * @param scheduledFor when it is due
 * @param appliedAt when it was applied; null while pending
 * @param periodStart the period's start
 * @param periodEnd the period's end
 * @param applicationStatus pending, applied, failed, skipped, ...
 * @param applicationReason first_time_recurring_credit_grant, recurring_credit_grant, onetime_credit_grant
 * @param subscriptionStatusAtApplication the subscription's status when applied
 * @param credits the credits
 * @param failureReason why it failed
 * @param retryCount how often it was retried
 * @param idempotencyKey the key that makes it land once
 * @param periodIndex the period's number from 0 (extension)
 * @param expiresAt when the credits expire (extension)
 * @param walletId the wallet credited (extension)
 * @param walletTransactionId the ledger entry (extension)
 * @param status published
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when it was created
 * @param updatedAt when it last changed
 */
public record CreditGrantApplication(String id, String creditGrantId, String subscriptionId, Instant scheduledFor,
                                     Instant appliedAt, Instant periodStart, Instant periodEnd,
                                     String applicationStatus, String applicationReason,
                                     String subscriptionStatusAtApplication, BigDecimal credits,
                                     String failureReason, Integer retryCount, String idempotencyKey,
                                     Integer periodIndex, Instant expiresAt, String walletId,
                                     String walletTransactionId, String status, String tenantId,
                                     String environmentId, Instant createdAt, Instant updatedAt) {
}
