package io.flexprice.ports.out.payment;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;
import java.util.Objects;

/**
 * Where a CREDITS payment's money comes from: the customer's wallets. Called inside the unit of work that holds the
 * invoice's lock and records the payment, so a debit commits with its payment or not at all.
 */
public interface CreditsPayments {

    /** Takes nothing and pays nothing: a build without wallets, where CREDITS payments are recorded as received. */
    CreditsPayments NONE = new CreditsPayments() {
        @Override
        public void debit(Caller caller, Invoice invoice, PaymentId paymentId, String walletId, Money amount) {
        }

        @Override
        public List<Part> payFromWallets(Caller caller, Invoice invoice, String attemptKey) {
            return List.of();
        }
    };

    /**
     * Debits {@code amount} for payment {@code paymentId} of {@code invoice}: from wallet {@code walletId}, or, when
     * it is null, from the customer's active wallets in the invoice's currency in turn.
     *
     * @throws io.flexprice.domain.common.ConflictException ({@code wallet.insufficient_balance}) if the credits are
     *     not enough; nothing is debited then
     * @throws io.flexprice.domain.common.ValidationException ({@code payment_method_id}) if the wallet is not the
     *     invoice customer's or not in the invoice's currency
     */
    void debit(Caller caller, Invoice invoice, PaymentId paymentId, String walletId, Money amount);

    /**
     * Pays as much of what remains of {@code invoice} as the customer's active wallets in its currency hold, each
     * wallet debited once per {@code attemptKey}; the parts say what each wallet paid (none if they hold nothing).
     */
    List<Part> payFromWallets(Caller caller, Invoice invoice, String attemptKey);

    /** What one wallet paid. */
    record Part(String walletId, Money amount) {

        public Part {
            Objects.requireNonNull(walletId, "walletId");
            Objects.requireNonNull(amount, "amount");
        }
    }
}
