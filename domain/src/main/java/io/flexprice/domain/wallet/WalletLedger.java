package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every change of a wallet's balance, as pure functions: each takes the wallet and, for a debit, its open credit
 * entries as stored, and returns the {@link Posting} to store. Time, ids and the actor are parameters.
 *
 * <p>The balance stays the sum of the credits available in the open credit entries: a credit adds an entry with
 * all its credits available, a debit consumes entries in {@link DebitOrder} until it has its credits, expiry
 * consumes what is left of expired entries, termination consumes everything. A debit needing more credits than
 * the unexpired entries hold is refused whole ({@code wallet.insufficient_balance}): a wallet is never overdrawn
 * and a debit is never partly made.
 */
public final class WalletLedger {

    /** The metadata key of an expiry debit that names the credit entry whose credits expired. */
    public static final String EXPIRED_TRANSACTION_ID = "expired_transaction_id";

    private WalletLedger() {
    }

    /**
     * Adds credits: at once, or as a PENDING entry when {@code topUp.pending()}.
     *
     * @throws ConflictException ({@code wallet.closed}) unless the wallet is active
     * @throws ValidationException naming {@code expiry_date_utc} if the credits would expire at or before {@code now}
     */
    public static Posting topUp(Wallet wallet, WalletTransactionId id, TopUp topUp, Instant now, String actor) {
        wallet.requireActive();
        if (topUp.expiryDate() != null && !topUp.expiryDate().isAfter(now)) {
            throw ValidationException.of("expiry_date_utc", "must be in the future");
        }
        Credits before = wallet.creditBalance();
        Credits after = topUp.pending() ? before : before.plus(topUp.credits());
        WalletTransaction entry = new WalletTransaction(id, wallet.scope(), wallet.id(), wallet.customerId(),
                TransactionType.CREDIT, topUp.credits(), wallet.conversionRate().amountOf(topUp.credits(),
                wallet.currency()), before, after,
                topUp.pending() ? TransactionStatus.PENDING : TransactionStatus.COMPLETED, topUp.reason(),
                topUp.referenceType(), topUp.referenceId(), topUp.description(), topUp.metadata(), topUp.expiryDate(),
                topUp.priority(), topUp.pending() ? Credits.ZERO : topUp.credits(), topUp.idempotencyKey(),
                wallet.conversionRate(), wallet.topupConversionRate(), List.of(), Status.PUBLISHED,
                Audit.createdBy(actor, now));
        Wallet changed = topUp.pending() ? wallet
                : wallet.withCreditBalance(after, wallet.audit().updatedBy(actor, now));
        return new Posting(changed, entry, List.of());
    }

    /**
     * Settles a PENDING credit: {@code paid} completes it (its credits join the balance now) unless the wallet is
     * no longer active; otherwise it fails and the balance stays.
     */
    public static Posting settle(Wallet wallet, WalletTransaction pending, boolean paid, Instant now, String actor) {
        if (pending.transactionStatus() != TransactionStatus.PENDING || !pending.walletId().equals(wallet.id())) {
            throw new IllegalArgumentException("only a pending entry of this wallet is settled: " + pending.id());
        }
        Audit changed = pending.audit().updatedBy(actor, now);
        if (!paid || !wallet.isActive()) {
            return new Posting(wallet, pending.settled(false, wallet.creditBalance(), changed), List.of());
        }
        WalletTransaction completed = pending.settled(true, wallet.creditBalance(), changed);
        return new Posting(wallet.withCreditBalance(completed.creditBalanceAfter(),
                wallet.audit().updatedBy(actor, now)), completed, List.of());
    }

    /**
     * Takes credits worth {@code debit.amount()} from the unexpired credit entries, in {@link DebitOrder}.
     *
     * @param openCredits the wallet's credit entries with credits available, as stored
     * @throws ConflictException ({@code wallet.closed}) unless the wallet is active, ({@code
     *     wallet.insufficient_balance}) if the unexpired credits are not enough
     * @throws CurrencyMismatchException if the amount is not in the wallet's currency
     */
    public static Posting debit(Wallet wallet, List<WalletTransaction> openCredits, WalletTransactionId id,
                                Debit debit, Instant now, String actor) {
        wallet.requireActive();
        Money amount = Money.zero(wallet.currency()).plus(debit.amount()); // same currency, or a mismatch
        Credits needed = wallet.conversionRate().creditsToPay(amount);
        List<WalletTransaction> usable = open(wallet, openCredits).stream()
                .filter(credit -> !credit.isExpiredAt(now))
                .sorted(DebitOrder.ORDER)
                .toList();
        Credits available = usable.stream().map(WalletTransaction::creditsAvailable).reduce(Credits.ZERO,
                Credits::plus);
        if (needed.compareTo(available) > 0) {
            throw new ConflictException(ErrorCode.WALLET_INSUFFICIENT_BALANCE, "wallet " + wallet.id() + " has "
                    + available + " credits available; the debit of " + amount.amount().stripTrailingZeros()
                    .toPlainString() + " " + wallet.currency().getCurrencyCode() + " needs " + needed);
        }
        return take(wallet, usable, needed, amount, id, debit.reason(), debit.referenceType(), debit.referenceId(),
                debit.description(), debit.metadata(), debit.idempotencyKey(), now, actor);
    }

    /**
     * Debits what is left of every credit entry expired at {@code now}, one CREDIT_EXPIRED debit per entry
     * (soonest expiry first), each naming the entry in its metadata ({@value #EXPIRED_TRANSACTION_ID}). Runs
     * whatever the wallet's status.
     *
     * @return the postings in order, each on the wallet the previous one left; none if nothing expired
     */
    public static List<Posting> expire(Wallet wallet, List<WalletTransaction> openCredits,
                                       Supplier<WalletTransactionId> ids, Instant now, String actor) {
        List<Posting> postings = new ArrayList<>();
        Wallet current = wallet;
        List<WalletTransaction> expired = open(wallet, openCredits).stream()
                .filter(credit -> credit.isExpiredAt(now))
                .sorted(Comparator.comparing(WalletTransaction::expiryDate).thenComparing(t -> t.id().value()))
                .toList();
        for (WalletTransaction credit : expired) {
            Credits left = credit.creditsAvailable();
            Posting posting = take(current, List.of(credit), left,
                    current.conversionRate().amountOf(left, current.currency()), ids.get(),
                    TransactionReason.CREDIT_EXPIRED, null, null, "Credits expired",
                    Metadata.of(Map.of(EXPIRED_TRANSACTION_ID, credit.id().value())), null, now, actor);
            postings.add(posting);
            current = posting.wallet();
        }
        return List.copyOf(postings);
    }

    /**
     * Closes the wallet, first debiting every credit left (WALLET_TERMINATION), expired or not.
     *
     * @return the postings: the termination debit when there were credits, and the closing
     * @throws ConflictException ({@code wallet.closed}) if the wallet is already closed
     */
    public static Termination terminate(Wallet wallet, List<WalletTransaction> openCredits, WalletTransactionId id,
                                        Instant now, String actor) {
        if (wallet.walletStatus() == WalletStatus.CLOSED) {
            throw new ConflictException(ErrorCode.WALLET_CLOSED, "wallet " + wallet.id() + " is already terminated");
        }
        Posting debit = null;
        Wallet current = wallet;
        if (wallet.creditBalance().isPositive()) {
            List<WalletTransaction> all = open(wallet, openCredits).stream().sorted(DebitOrder.ORDER).toList();
            debit = take(wallet, all, wallet.creditBalance(), wallet.balance(), id,
                    TransactionReason.WALLET_TERMINATION, WalletTxReferenceType.REQUEST, null,
                    "Wallet termination - remaining balance debit", Metadata.EMPTY, null, now, actor);
            current = debit.wallet();
        }
        return new Termination(current.closed(current.audit().updatedBy(actor, now)), debit);
    }

    /** What terminating a wallet changes: the closed wallet and, if it held credits, the debit that took them. */
    public record Termination(Wallet wallet, Posting debit) {
    }

    private static List<WalletTransaction> open(Wallet wallet, List<WalletTransaction> credits) {
        return credits.stream()
                .filter(credit -> credit.walletId().equals(wallet.id()) && credit.isOpenCredit())
                .toList();
    }

    /** Consumes {@code needed} credits from {@code ordered} in order; they must hold enough. */
    private static Posting take(Wallet wallet, List<WalletTransaction> ordered, Credits needed, Money amount,
                                WalletTransactionId id, TransactionReason reason, WalletTxReferenceType referenceType,
                                String referenceId, String description, Metadata metadata, String idempotencyKey,
                                Instant now, String actor) {
        Credits left = needed;
        List<CreditConsumption> consumptions = new ArrayList<>();
        List<WalletTransaction> consumed = new ArrayList<>();
        for (WalletTransaction credit : ordered) {
            if (left.isZero()) {
                break;
            }
            Credits taken = Credits.min(credit.creditsAvailable(), left);
            consumptions.add(new CreditConsumption(credit.id(), taken));
            consumed.add(credit.withCreditsAvailable(credit.creditsAvailable().minus(taken),
                    credit.audit().updatedBy(actor, now)));
            left = left.minus(taken);
        }
        if (!left.isZero()) {
            throw new IllegalStateException("wallet " + wallet.id() + ": its credit entries hold less than its balance");
        }
        Credits before = wallet.creditBalance();
        WalletTransaction entry = new WalletTransaction(id, wallet.scope(), wallet.id(), wallet.customerId(),
                TransactionType.DEBIT, needed, amount, before, before.minus(needed), TransactionStatus.COMPLETED,
                reason, referenceType, referenceId, description, metadata, null, null, Credits.ZERO, idempotencyKey,
                wallet.conversionRate(), null, consumptions, Status.PUBLISHED, Audit.createdBy(actor, now));
        return new Posting(wallet.withCreditBalance(entry.creditBalanceAfter(), wallet.audit().updatedBy(actor, now)),
                entry, consumed);
    }
}
