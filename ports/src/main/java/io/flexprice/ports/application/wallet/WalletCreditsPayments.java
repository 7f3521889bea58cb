package io.flexprice.ports.application.wallet;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.payment.PaymentId;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.DebitWalletCommand;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.wallet.WalletRepository;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * CREDITS payments taken from wallets with {@link DebitWalletUseCase} (reason INVOICE_PAYMENT, reference the
 * invoice), in the payment's unit of work. The customer's wallets pay in turn, oldest first (then by id); each debit's
 * idempotency key names the payment (or the attempt) and the wallet, so a retry never debits twice.
 */
public final class WalletCreditsPayments implements CreditsPayments {

    private final WalletRepository wallets;
    private final DebitWalletUseCase debits;

    public WalletCreditsPayments(WalletRepository wallets, DebitWalletUseCase debits) {
        this.wallets = wallets;
        this.debits = debits;
    }

    /** The idempotency key of a payment's debit of one wallet. */
    static String paymentKey(String payment, WalletId wallet) {
        return "payment:" + payment + ":wallet:" + wallet.value();
    }

    @Override
    public void debit(Caller caller, Invoice invoice, PaymentId paymentId, String walletId, Money amount) {
        if (walletId != null && !walletId.isBlank()) {
            Wallet wallet = wallets.findById(caller.scope(), parse(walletId))
                    .filter(w -> w.customerId().equals(invoice.customerId()))
                    .orElseThrow(() -> ValidationException.of("payment_method_id",
                            "must be a wallet of the invoice's customer " + invoice.customerId().value()));
            if (!wallet.currency().equals(invoice.currency())) {
                throw ValidationException.of("payment_method_id", "must be a wallet in the invoice's currency "
                        + invoice.currency().getCurrencyCode().toLowerCase(Locale.ROOT));
            }
            debit(caller, invoice, wallet, amount, paymentKey(paymentId.value(), wallet.id()));
            return;
        }
        List<Wallet> payers = payers(caller, invoice);
        Money available = payers.stream().map(Wallet::payableAmount).reduce(invoice.zero(), Money::plus);
        if (available.compareTo(amount) < 0) {
            throw new ConflictException(ErrorCode.WALLET_INSUFFICIENT_BALANCE, "the customer's wallets in "
                    + invoice.currency().getCurrencyCode().toLowerCase(Locale.ROOT) + " hold "
                    + plain(available) + ", less than the payment's " + plain(amount));
        }
        Money left = amount;
        for (Wallet wallet : payers) {
            Money part = min(wallet.payableAmount(), left);
            if (part.amount().signum() > 0) {
                debit(caller, invoice, wallet, part, paymentKey(paymentId.value(), wallet.id()));
                left = left.minus(part);
            }
        }
    }

    @Override
    public List<Part> payFromWallets(Caller caller, Invoice invoice, String attemptKey) {
        Money left = invoice.amounts().amountRemaining();
        List<Part> parts = new ArrayList<>();
        for (Wallet wallet : payers(caller, invoice)) {
            Money part = min(wallet.payableAmount(), left);
            if (part.amount().signum() > 0) {
                debit(caller, invoice, wallet, part, paymentKey(attemptKey, wallet.id()));
                parts.add(new Part(wallet.id().value(), part));
                left = left.minus(part);
            }
        }
        return List.copyOf(parts);
    }

    /** The customer's active wallets in the invoice's currency, oldest first. */
    private List<Wallet> payers(Caller caller, Invoice invoice) {
        return wallets.findByCustomer(caller.scope(), invoice.customerId()).stream()
                .filter(w -> w.isActive() && w.currency().equals(invoice.currency()))
                .sorted(Comparator.comparing((Wallet w) -> w.audit().createdAt()).thenComparing(w -> w.id().value()))
                .toList();
    }

    private void debit(Caller caller, Invoice invoice, Wallet wallet, Money amount, String key) {
        debits.debit(caller, wallet.id(), DebitWalletCommand.of(amount, TransactionReason.INVOICE_PAYMENT,
                WalletTxReferenceType.INVOICE, invoice.id().value(), "Payment of invoice " + invoice.id().value(),
                Map.of("invoice_id", invoice.id().value()), key));
    }

    private static WalletId parse(String walletId) {
        try {
            return new WalletId(walletId);
        } catch (RuntimeException invalid) {
            throw ValidationException.of("payment_method_id", "must be a wallet id");
        }
    }

    private static Money min(Money a, Money b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static String plain(Money money) {
        return money.amount().stripTrailingZeros().toPlainString();
    }
}
