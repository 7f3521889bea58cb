package io.flexprice.ports.application.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;

/**
 * The stand-in for {@link SubscriptionInvoiceDrafts} until subscriptions are connected to invoices: every call is
 * refused with {@code request.not_implemented} (400), naming {@code subscription_id}.
 */
public final class SubscriptionsNotConnected implements SubscriptionInvoiceDrafts {

    @Override
    public InvoiceDraft draft(Scope scope, String subscriptionId, Period period) {
        throw new ValidationException(ErrorCode.NOT_IMPLEMENTED, "subscription_id",
                "invoices cannot read subscription charges yet: subscriptions are not connected to invoices in "
                        + "this build");
    }
}
