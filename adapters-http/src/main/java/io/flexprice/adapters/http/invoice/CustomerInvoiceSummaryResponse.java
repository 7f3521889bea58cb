package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.invoice.CustomerInvoiceSummary;
import java.util.List;

/** FlexPrice's {@code dto.CustomerMultiCurrencyInvoiceSummary}, one {@code dto.CustomerInvoiceSummary} a currency. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerInvoiceSummaryResponse(String customerId, String defaultCurrency, List<Summary> summaries) {

    public static CustomerInvoiceSummaryResponse from(CustomerInvoiceSummary summary) {
        return new CustomerInvoiceSummaryResponse(summary.customerId(), summary.defaultCurrency(),
                summary.summaries().stream().map(s -> new Summary(summary.customerId(), s.currency(),
                        Amounts.format(s.totalRevenue()), Amounts.format(s.totalUnpaid()),
                        Amounts.format(s.totalOverdue()), s.totalInvoiceCount(), s.unpaidInvoiceCount(),
                        s.overdueInvoiceCount(), Amounts.format(s.unpaidUsageCharges()),
                        Amounts.format(s.unpaidFixedCharges()))).toList());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Summary(String customerId, String currency, String totalRevenueAmount, String totalUnpaidAmount,
                          String totalOverdueAmount, long totalInvoiceCount, long unpaidInvoiceCount,
                          long overdueInvoiceCount, String unpaidUsageCharges, String unpaidFixedCharges) {
    }
}
