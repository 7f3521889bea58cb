package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.TopUp;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletTransaction;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.wallet.TopUpResult;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What every wallet service does with the ledger, inside the caller's unit of work: finds and locks wallets,
 * stores postings, expires due credits, adds credits (invoicing purchased ones) and runs auto top-ups.
 */
final class WalletBook {

    static final String TRANSACTION_PREFIX = "wtx";
    static final String AUTO_TOP_UP = "auto_topup";

    private final WalletRepository wallets;
    private final WalletTransactionRepository entries;
    private final TopUpInvoicer invoicer;
    private final IdGenerator ids;

    WalletBook(WalletRepository wallets, WalletTransactionRepository entries, TopUpInvoicer invoicer, IdGenerator ids) {
        this.wallets = wallets;
        this.entries = entries;
        this.invoicer = invoicer;
        this.ids = ids;
    }

    static NotFoundException notFound(WalletId id) {
        return new NotFoundException(ErrorCode.WALLET_NOT_FOUND, "wallet " + id + " not found");
    }

    static Wallet found(WalletRepository wallets, Scope scope, WalletId id) {
        return wallets.findById(scope, id).orElseThrow(() -> notFound(id));
    }

    /** The wallet, locked for the unit of work. */
    Wallet locked(Scope scope, WalletId id) {
        return wallets.lockById(scope, id).orElseThrow(() -> notFound(id));
    }

    List<WalletTransaction> openCredits(Wallet wallet) {
        return entries.findOpenCredits(wallet.scope(), wallet.id());
    }

    WalletTransactionId newId() {
        return new WalletTransactionId(ids.newId(TRANSACTION_PREFIX));
    }

    /**
     * The entry stored under {@code idempotencyKey}, if {@code sameRequest} says it is what is asked again.
     *
     * @throws ConflictException ({@code wallet.idempotency_key_reused}) if the key holds another request
     */
    Optional<WalletTransaction> replay(Scope scope, String idempotencyKey, Predicate<WalletTransaction> sameRequest) {
        if (idempotencyKey == null) {
            return Optional.empty();
        }
        Optional<WalletTransaction> first = entries.findByIdempotencyKey(scope, idempotencyKey);
        if (first.isPresent() && !sameRequest.test(first.get())) {
            throw new ConflictException(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED,
                    "idempotency key " + idempotencyKey + " was used for another wallet transaction");
        }
        return first;
    }

    /** Stores a posting whose entry is new: the consumed credits, the entry, then the wallet. */
    Wallet insert(Posting posting, Wallet before) {
        posting.consumed().forEach(entries::update);
        entries.insert(posting.transaction());
        if (!posting.wallet().equals(before)) {
            wallets.update(posting.wallet());
        }
        return posting.wallet();
    }

    /** Stores a settlement: the settled entry, then the wallet. */
    Wallet settle(Posting posting, Wallet before) {
        entries.update(posting.transaction());
        if (!posting.wallet().equals(before)) {
            wallets.update(posting.wallet());
        }
        return posting.wallet();
    }

    /** Debits the wallet's credits expired at {@code now}. @return the postings, each stored */
    List<Posting> expireDue(Wallet wallet, Instant now, String actor) {
        List<Posting> postings = WalletLedger.expire(wallet, openCredits(wallet), this::newId, now, actor);
        Wallet current = wallet;
        for (Posting posting : postings) {
            current = insert(posting, current);
        }
        return postings;
    }

    /** The wallet after {@link #expireDue}. */
    Wallet afterExpiry(Wallet wallet, Instant now, String actor) {
        List<Posting> postings = expireDue(wallet, now, actor);
        return postings.isEmpty() ? wallet : postings.get(postings.size() - 1).wallet();
    }

    /**
     * Adds credits to a locked, active wallet. A PURCHASED_CREDIT_INVOICED top-up is invoiced first and stays
     * pending until its invoice is paid; the others are added at once, referencing their idempotency key.
     */
    TopUpResult topUp(Wallet wallet, TopUp asked, Instant now, String actor) {
        // every check before the invoice is made: a refused top-up invoices nothing
        WalletLedger.topUp(wallet, WalletTransactionId.of("-"), asked, now, actor);
        WalletTransactionId id = newId();
        TopUp topUp = asked;
        String invoiceId = null;
        if (asked.reason() == TransactionReason.PURCHASED_CREDIT_INVOICED) {
            Money price = wallet.topupConversionRate().amountOf(asked.credits(), wallet.currency()).roundedToMinorUnit();
            TopUpInvoicer.TopUpInvoice invoice = invoicer.invoice(wallet.scope(), new TopUpInvoicer.PurchasedTopUp(
                    wallet.id(), wallet.customerId(), id, price, asked.credits(), asked.description(),
                    asked.idempotencyKey(), now));
            invoiceId = invoice.invoiceId();
            topUp = new TopUp(asked.credits(), asked.reason(), !invoice.paid(),
                    invoiceId == null ? null : WalletTxReferenceType.INVOICE, invoiceId, asked.description(),
                    asked.metadata(), asked.expiryDate(), asked.priority(), asked.idempotencyKey());
        }
        Posting posting = WalletLedger.topUp(wallet, id, topUp, now, actor);
        return new TopUpResult(insert(posting, wallet), posting.transaction(), invoiceId);
    }

    /** Tops the wallet up if a debit left it below its auto top-up threshold. @return the wallet after */
    Wallet autoTopUpIfDue(Wallet wallet, Instant now, String actor) {
        if (!wallet.isAutoTopUpDue(now)) {
            return wallet;
        }
        Credits credits = wallet.autoTopUp().amount();
        TransactionReason reason = wallet.autoTopUp().invoicing() ? TransactionReason.PURCHASED_CREDIT_INVOICED
                : TransactionReason.PURCHASED_CREDIT_DIRECT;
        TopUp topUp = new TopUp(credits, reason, false, WalletTxReferenceType.REQUEST, null, "Auto top-up",
                Metadata.of(Map.of(AUTO_TOP_UP, "true")), null, null, null);
        Wallet after = topUp(wallet, topUp, now, actor).wallet().autoToppedUpAt(now);
        wallets.update(after);
        return after;
    }
}
