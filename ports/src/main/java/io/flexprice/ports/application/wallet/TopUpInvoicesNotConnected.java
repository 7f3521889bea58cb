package io.flexprice.ports.application.wallet;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.wallet.TopUpInvoicer;

/**
 * The {@link TopUpInvoicer} of a build without invoices: no invoice is made and none is paid, so a purchased
 * (PURCHASED_CREDIT_INVOICED) top-up is recorded PENDING, with no reference, and its credits are not usable until
 * {@code SettlePurchasedTopUpsUseCase.settle} completes it. Never grants purchased credits unpaid.
 */
public final class TopUpInvoicesNotConnected implements TopUpInvoicer {

    @Override
    public TopUpInvoice invoice(Scope scope, PurchasedTopUp topUp) {
        return new TopUpInvoice(null, false);
    }
}
