package io.flexprice.ports.application.wallet;

import io.flexprice.domain.invoice.Invoice;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.wallet.SettlePurchasedTopUpsUseCase;
import io.flexprice.ports.out.invoice.InvoiceSettlements;

/**
 * Settles the purchased top-ups invoiced on an invoice when it is paid in full (their credits are added) or voided
 * (they fail), in the invoice's unit of work. An invoice that invoiced no top-up settles nothing.
 */
public final class WalletTopUpSettlements implements InvoiceSettlements {

    private final SettlePurchasedTopUpsUseCase settle;

    public WalletTopUpSettlements(SettlePurchasedTopUpsUseCase settle) {
        this.settle = settle;
    }

    @Override
    public void paid(Caller caller, Invoice invoice) {
        settle.settleInvoice(caller, invoice.id().value(), true);
    }

    @Override
    public void voided(Caller caller, Invoice invoice) {
        settle.settleInvoice(caller, invoice.id().value(), false);
    }
}
