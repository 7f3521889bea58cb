package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.Debit;
import io.flexprice.domain.wallet.Posting;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletCreditApplication;
import io.flexprice.domain.wallet.WalletCreditApplication.DueLine;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletLedger;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.domain.wallet.WalletType;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.ApplyWalletCreditsUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class ApplyWalletCreditsService implements ApplyWalletCreditsUseCase {

    /** The metadata key of a CREDIT_ADJUSTMENT debit that names the invoice it paid. */
    static final String INVOICE_ID = "invoice_id";

    private final WalletRepository wallets;
    private final WalletTransactionRepository entries;
    private final Transactions transactions;
    private final Clock clock;
    private final WalletBook book;

    public ApplyWalletCreditsService(WalletRepository wallets, WalletTransactionRepository entries,
                                     TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids, Clock clock) {
        this.wallets = wallets;
        this.entries = entries;
        this.transactions = transactions;
        this.clock = clock;
        this.book = new WalletBook(wallets, entries, invoicer, ids);
    }

    /** The idempotency key of the debit of one wallet for one invoice. */
    static String idempotencyKey(String invoiceId, WalletId walletId) {
        return "invoice:" + invoiceId + ":wallet:" + walletId.value();
    }

    @Override
    public WalletCreditApplication apply(Caller caller, CustomerId customerId, Currency currency, List<DueLine> lines,
                                         String invoiceId) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            // lock in id order, so two invoices of one customer never wait on each other crosswise
            List<Wallet> locked = new ArrayList<>();
            for (Wallet candidate : wallets.findByCustomer(caller.scope(), customerId).stream()
                    .filter(w -> w.isActive() && w.type() == WalletType.PRE_PAID && w.currency().equals(currency))
                    .sorted(Comparator.comparing(w -> w.id().value())).toList()) {
                String key = idempotencyKey(invoiceId, candidate.id());
                if (entries.findByIdempotencyKey(caller.scope(), key).isPresent()) {
                    throw new ConflictException(ErrorCode.WALLET_IDEMPOTENCY_KEY_REUSED,
                            "wallet credits were already applied to invoice " + invoiceId);
                }
                locked.add(book.afterExpiry(book.locked(caller.scope(), candidate.id()), now, caller.actor()));
            }
            WalletCreditApplication application = WalletCreditApplication.apply(currency, locked, lines);
            Map<WalletId, Wallet> byId = new HashMap<>();
            locked.forEach(w -> byId.put(w.id(), w));
            for (Map.Entry<WalletId, Money> paid : application.byWallet().entrySet()) {
                Wallet wallet = byId.get(paid.getKey());
                Debit debit = new Debit(paid.getValue(), TransactionReason.CREDIT_ADJUSTMENT,
                        WalletTxReferenceType.INVOICE, invoiceId, "Credits applied to invoice " + invoiceId,
                        Metadata.of(Map.of(INVOICE_ID, invoiceId)), idempotencyKey(invoiceId, wallet.id()));
                Posting posting = WalletLedger.debit(wallet, book.openCredits(wallet), book.newId(), debit, now,
                        caller.actor());
                book.autoTopUpIfDue(book.insert(posting, wallet), now, caller.actor());
            }
            return application;
        });
    }
}
