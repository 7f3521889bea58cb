package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import java.util.ArrayList;
import java.util.List;

/** Records every purchased top-up it is asked to invoice; answers invoice {@code inv_<n>}, paid if {@link #paid}. */
public final class RecordingTopUpInvoicer implements TopUpInvoicer {

    public boolean paid;
    private final List<PurchasedTopUp> invoiced = new ArrayList<>();

    @Override
    public TopUpInvoice invoice(Scope scope, PurchasedTopUp topUp) {
        invoiced.add(topUp);
        return new TopUpInvoice("inv_" + invoiced.size(), paid);
    }

    public List<PurchasedTopUp> invoiced() {
        return List.copyOf(invoiced);
    }
}
