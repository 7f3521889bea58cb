package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a wallet's append-only ledger (FlexPrice's wallet transaction): credits added (CREDIT) or taken
 * (DEBIT), with the wallet's credit balance before and after, and why.
 *
 * <p>What an entry records never changes. Two things about it may: a credit's {@code creditsAvailable} (what is
 * left of it for debits to consume, in {@link DebitOrder}), and a PENDING credit (a purchased top-up whose invoice
 * is not paid) is settled once, COMPLETED or FAILED, which is when it takes its place in the balance
 * ({@code creditBalanceBefore} and {@code creditBalanceAfter} are set then; while pending both are the balance it
 * was recorded at).
 *
 * @param amount what the entry is worth in the wallet's currency: a debit by amount records that amount; otherwise
 *     {@code creditAmount × conversionRate}
 * @param consumptions a debit's credits by the credit entry they came from, summing to {@code creditAmount}
 * @param expiryDate a credit's expiry: its credits can be used while {@code now < expiryDate}; null never expires
 * @param priority a credit's priority: a lower number is consumed first; null after every number
 */
public record WalletTransaction(WalletTransactionId id, Scope scope, WalletId walletId, CustomerId customerId,
                                TransactionType type, Credits creditAmount, Money amount, Credits creditBalanceBefore,
                                Credits creditBalanceAfter, TransactionStatus transactionStatus,
                                TransactionReason reason, WalletTxReferenceType referenceType, String referenceId,
                                String description, Metadata metadata, Instant expiryDate, Integer priority,
                                Credits creditsAvailable, String idempotencyKey, ConversionRate conversionRate,
                                ConversionRate topupConversionRate, List<CreditConsumption> consumptions,
                                Status status, Audit audit) {

    public WalletTransaction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(walletId, "walletId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(creditAmount, "creditAmount");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(creditBalanceBefore, "creditBalanceBefore");
        Objects.requireNonNull(creditBalanceAfter, "creditBalanceAfter");
        Objects.requireNonNull(transactionStatus, "transactionStatus");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(conversionRate, "conversionRate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        creditsAvailable = creditsAvailable == null ? Credits.ZERO : creditsAvailable;
        consumptions = consumptions == null ? List.of() : List.copyOf(consumptions);
        check(id, type, creditAmount, creditBalanceBefore, creditBalanceAfter, transactionStatus, reason, expiryDate,
                priority, creditsAvailable, consumptions);
    }

    private static void check(WalletTransactionId id, TransactionType type, Credits credits, Credits before,
                              Credits after, TransactionStatus txStatus, TransactionReason reason, Instant expiryDate,
                              Integer priority, Credits available, List<CreditConsumption> consumptions) {
        String problem = null;
        boolean completed = txStatus == TransactionStatus.COMPLETED;
        if (!credits.isPositive()) {
            problem = "moves a positive number of credits";
        } else if (before.isNegative() || after.isNegative()) {
            problem = "never leaves a negative balance";
        } else if (type == TransactionType.CREDIT) {
            if (!reason.isTopUp()) {
                problem = "credits only for a top-up reason, not " + reason;
            } else if (!after.equals(completed ? before.plus(credits) : before)) {
                problem = "adds its credits to the balance once completed, and only then";
            } else if (available.isNegative() || available.compareTo(credits) > 0 || !completed && !available.isZero()) {
                problem = "has between zero and its credits available, none until completed";
            } else if (!consumptions.isEmpty()) {
                problem = "consumes nothing: only a debit does";
            }
        } else if (!reason.isDebit()) {
            problem = "debits only for a debit reason, not " + reason;
        } else if (!completed) {
            problem = "debits at once: a debit is never pending";
        } else if (!after.equals(before.minus(credits))) {
            problem = "takes its credits from the balance";
        } else if (!available.isZero() || expiryDate != null || priority != null) {
            problem = "has no credits available, expiry or priority: only a credit has";
        } else if (!consumptions.stream().map(CreditConsumption::credits).reduce(Credits.ZERO, Credits::plus)
                .equals(credits)) {
            problem = "names the credit entries its credits came from, summing to its credits";
        }
        if (problem != null) {
            throw new IllegalArgumentException("wallet transaction " + id + " " + problem);
        }
    }

    public boolean isCredit() {
        return type == TransactionType.CREDIT;
    }

    /** A completed credit with credits left: what a debit can consume. */
    public boolean isOpenCredit() {
        return isCredit() && transactionStatus == TransactionStatus.COMPLETED && creditsAvailable.isPositive();
    }

    /** Whether this credit's credits can no longer be used at {@code now}. */
    public boolean isExpiredAt(Instant now) {
        return expiryDate != null && !now.isBefore(expiryDate);
    }

    /** This credit with {@code remaining} credits left after a debit took some. */
    WalletTransaction withCreditsAvailable(Credits remaining, Audit changed) {
        return new WalletTransaction(id, scope, walletId, customerId, type, creditAmount, amount, creditBalanceBefore,
                creditBalanceAfter, transactionStatus, reason, referenceType, referenceId, description, metadata,
                expiryDate, priority, remaining, idempotencyKey, conversionRate, topupConversionRate, consumptions,
                status, changed);
    }

    /** This pending credit settled: completed on a balance of {@code before}, or failed. */
    WalletTransaction settled(boolean completed, Credits before, Audit changed) {
        return new WalletTransaction(id, scope, walletId, customerId, type, creditAmount, amount,
                completed ? before : creditBalanceBefore, completed ? before.plus(creditAmount) : creditBalanceAfter,
                completed ? TransactionStatus.COMPLETED : TransactionStatus.FAILED, reason, referenceType,
                referenceId, description, metadata, expiryDate, priority, completed ? creditAmount : Credits.ZERO,
                idempotencyKey, conversionRate, topupConversionRate, consumptions, status, changed);
    }
}
