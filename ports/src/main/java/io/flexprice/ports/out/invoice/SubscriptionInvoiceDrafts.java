package io.flexprice.ports.out.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tenancy.Scope;

/**
 * What a subscription charges for a billing period, as an {@link InvoiceDraft}: fixed ADVANCE charges for the period
 * and usage and ARREAR charges, with their exact amounts, the coupons and the taxes that apply; or the first invoice's
 * ADVANCE charges. Invoice previews, period invoices and recalculation read it; subscriptions implement it.
 */
public interface SubscriptionInvoiceDrafts {

    /**
     * The draft of {@code subscriptionId}'s charges for {@code period}, or for its current period when
     * {@code period} is null. The draft names the subscription and the period it is for.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the subscription does not exist in the scope
     */
    InvoiceDraft draft(Scope scope, String subscriptionId, Period period);

    /**
     * The draft of {@code subscriptionId}'s first invoice (billing reason SUBSCRIPTION_CREATE): the ADVANCE charges
     * of {@code firstPeriod}, with their coupons and taxes, as it was invoiced when the subscription started.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the subscription does not exist in the scope
     */
    InvoiceDraft draftAtCreation(Scope scope, String subscriptionId, Period firstPeriod);
}
