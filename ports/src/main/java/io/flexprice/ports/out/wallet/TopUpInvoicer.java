package io.flexprice.ports.out.wallet;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransactionId;
import java.time.Instant;
import java.util.Objects;

/**
 * Invoices a purchased top-up (PURCHASED_CREDIT_INVOICED, asked for or automatic): the invoicing side of wallets.
 * Called inside the unit of work that records the top-up, before the entry is stored; an exception aborts the
 * top-up. The credits are added at once if the invoice is already paid; otherwise the entry stays PENDING until
 * {@code SettlePurchasedTopUpsUseCase} is told the invoice was paid (or voided).
 */
public interface TopUpInvoicer {

    TopUpInvoice invoice(Scope scope, PurchasedTopUp topUp);

    /**
     * A purchased top-up to invoice.
     *
     * @param transactionId the id the top-up's ledger entry will have
     * @param amount what the credits cost: credits × the wallet's top-up conversion rate, rounded to the minor unit
     * @param idempotencyKey the top-up's, null if it has none (an automatic top-up)
     */
    record PurchasedTopUp(WalletId walletId, CustomerId customerId, WalletTransactionId transactionId, Money amount,
                          Credits credits, String description, String idempotencyKey, Instant at) {

        public PurchasedTopUp {
            Objects.requireNonNull(walletId, "walletId");
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(transactionId, "transactionId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(credits, "credits");
            Objects.requireNonNull(at, "at");
        }
    }

    /** The invoice made for a top-up ({@code invoiceId} null if none was made) and whether it is paid already. */
    record TopUpInvoice(String invoiceId, boolean paid) {
    }
}
