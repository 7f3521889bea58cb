package io.flexprice.ports.testing;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Subscription charges a test sets: {@code charges("sub_1", draft)}; a null period asks for the draft's own period.
 * Records every call.
 */
public final class FakeSubscriptionInvoiceDrafts implements SubscriptionInvoiceDrafts {

    private final Map<String, InvoiceDraft> drafts = new HashMap<>();
    private final List<Period> asked = new ArrayList<>();
    private final List<Period> askedAtCreation = new ArrayList<>();

    public FakeSubscriptionInvoiceDrafts charges(String subscriptionId, InvoiceDraft draft) {
        drafts.put(subscriptionId, draft);
        return this;
    }

    @Override
    public InvoiceDraft draft(Scope scope, String subscriptionId, Period period) {
        asked.add(period);
        InvoiceDraft draft = drafts.get(subscriptionId);
        if (draft == null) {
            throw new IllegalStateException("the test set no charges for subscription " + subscriptionId);
        }
        Period of = period == null ? draft.period() : period;
        return new InvoiceDraft(draft.customerId(), subscriptionId, of, draft.currency(), draft.billingReason(),
                draft.lines(), draft.discounts(), draft.taxes(), draft.dueDate(), draft.description(),
                draft.metadata());
    }

    @Override
    public InvoiceDraft draftAtCreation(Scope scope, String subscriptionId, Period firstPeriod) {
        askedAtCreation.add(firstPeriod);
        InvoiceDraft draft = drafts.get(subscriptionId);
        if (draft == null) {
            throw new IllegalStateException("the test set no charges for subscription " + subscriptionId);
        }
        return new InvoiceDraft(draft.customerId(), subscriptionId, firstPeriod, draft.currency(),
                BillingReason.SUBSCRIPTION_CREATE, draft.lines(), draft.discounts(), draft.taxes(), draft.dueDate(),
                draft.description(), draft.metadata());
    }

    /** The first periods asked a first invoice's draft for, in order. */
    public List<Period> askedAtCreation() {
        return List.copyOf(askedAtCreation);
    }

    /** The periods asked for, in order (null: the current one). */
    public List<Period> asked() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(asked)); // keeps the nulls
    }
}
