package io.flexprice.ports.in.invoice;

import io.flexprice.domain.money.Money;
import java.util.List;

/**
 * A customer's DRAFT and FINALIZED invoices summed per currency, as FlexPrice sums them: revenue is what they are
 * due; unpaid ones are those not SUCCEEDED, with what remains; overdue ones are unpaid past their due date; the
 * unpaid usage and fixed charges are their lines' amounts by price type (a line without a price type counts as
 * fixed). {@code defaultCurrency} is the currency of the newest invoice (null without invoices).
 */
public record CustomerInvoiceSummary(String customerId, String defaultCurrency, List<CurrencySummary> summaries) {

    public CustomerInvoiceSummary {
        summaries = List.copyOf(summaries);
    }

    public record CurrencySummary(String currency, Money totalRevenue, Money totalUnpaid, Money totalOverdue,
                                  long totalInvoiceCount, long unpaidInvoiceCount, long overdueInvoiceCount,
                                  Money unpaidUsageCharges, Money unpaidFixedCharges) {
    }
}
