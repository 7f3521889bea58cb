package io.flexprice.domain.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/** Test fixtures: {@code aDraft(usd("10.00"), usd("5.50")).discount(...).tax(...).build()}. */
public final class Drafts {

    public static final CustomerId CUSTOMER = CustomerId.of("cust_1");
    public static final Period MARCH = new Period(Instant.parse("2026-03-01T00:00:00Z"),
            Instant.parse("2026-04-01T00:00:00Z"));

    private final List<InvoiceDraft.Line> lines = new ArrayList<>();
    private final List<InvoiceDraft.Discount> discounts = new ArrayList<>();
    private final List<InvoiceDraft.Tax> taxes = new ArrayList<>();
    private final Currency currency;
    private String subscriptionId;
    private Period period;

    private Drafts(Currency currency) {
        this.currency = currency;
    }

    /** A one-off draft with a line of quantity 1 per amount, named "line 0", "line 1", ... */
    public static Drafts aDraft(Money... amounts) {
        Drafts drafts = new Drafts(amounts[0].currency());
        for (int i = 0; i < amounts.length; i++) {
            drafts.lines.add(InvoiceDraft.Line.of("line " + i, BigDecimal.ONE, amounts[i]));
        }
        return drafts;
    }

    /** A draft without lines. */
    public static Drafts anEmptyDraft(Currency currency) {
        return new Drafts(currency);
    }

    public Drafts discount(InvoiceDraft.Discount discount) {
        discounts.add(discount);
        return this;
    }

    public Drafts tax(InvoiceDraft.Tax tax) {
        taxes.add(tax);
        return this;
    }

    /** Makes it the draft of subscription {@code sub_1}'s March 2026. */
    public Drafts forSubscription() {
        subscriptionId = "sub_1";
        period = MARCH;
        return this;
    }

    public InvoiceDraft build() {
        return new InvoiceDraft(CUSTOMER, subscriptionId, period, currency, null, lines, discounts, taxes, null, null,
                null);
    }

    /** Ids line_0, line_1, ... for the draft's lines. */
    public static List<InvoiceLineItemId> lineIds(InvoiceDraft draft) {
        return IntStream.range(0, draft.lines().size()).mapToObj(i -> InvoiceLineItemId.of("line_" + i)).toList();
    }

    public static InvoiceCalculation calculate(InvoiceDraft draft) {
        return InvoiceCalculator.calculate(draft, lineIds(draft));
    }
}
