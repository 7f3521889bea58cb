package io.flexprice.ports.application.wallet;

import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Invoices a purchased top-up as FlexPrice does: a FINALIZED one-off invoice (billing reason MANUAL) with one line,
 * "Purchased credits", of the credits bought at their price. The top-up's entry stays PENDING until the invoice is
 * paid in full ({@link WalletTopUpSettlements} completes it) or voided (it fails). Runs inside the top-up's unit of
 * work, with the wallet locked: if the top-up fails, no invoice is left behind.
 */
public final class InvoicedTopUps implements TopUpInvoicer {

    /** Who the invoice is created by: the wallets, on the customer's behalf. */
    static final String ACTOR = "wallets";
    static final String LINE = "Purchased credits";

    private final Supplier<ManageInvoicesUseCase> invoices;

    /** @param invoices supplied late: the invoices are built with services that top wallets up */
    public InvoicedTopUps(Supplier<ManageInvoicesUseCase> invoices) {
        this.invoices = invoices;
    }

    @Override
    public TopUpInvoice invoice(Scope scope, PurchasedTopUp topUp) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("wallet_id", topUp.walletId().value());
        metadata.put("wallet_transaction_id", topUp.transactionId().value());
        metadata.put("credits", topUp.credits().value().stripTrailingZeros().toPlainString());
        if (topUp.idempotencyKey() != null) {
            metadata.put("idempotency_key", topUp.idempotencyKey());
        }
        CreateInvoiceCommand.Line line = new CreateInvoiceCommand.Line(null, null, null, null, "WALLET",
                topUp.walletId().value(), null, LINE, topUp.credits().value(), topUp.amount().amount(), null, null,
                Map.of("wallet_transaction_id", topUp.transactionId().value()));
        CreateInvoiceCommand command = new CreateInvoiceCommand(topUp.customerId().value(),
                topUp.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT), List.of(line), List.of(),
                List.of(), List.of(), InvoiceStatus.FINALIZED, null, null, null, null, null, BillingReason.MANUAL,
                topUp.description() == null ? LINE : topUp.description(), null, metadata);
        Invoice invoice = invoices.get().create(new Caller(scope, ACTOR), command);
        return new TopUpInvoice(invoice.id().value(), invoice.paymentStatus() == PaymentStatus.SUCCEEDED);
    }
}
