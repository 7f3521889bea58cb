package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * FlexPrice's {@code dto.CustomerMultiCurrencyInvoiceSummary}: the customer's invoices summed, one
 * {@link CurrencySummary} a currency.
 *
 * @param customerId the customer
 * @param defaultCurrency the currency of most of its invoices
 * @param summaries one a currency
 */
public record CustomerInvoiceSummary(String customerId, String defaultCurrency, List<CurrencySummary> summaries) {

    public CustomerInvoiceSummary {
        summaries = summaries == null ? List.of() : List.copyOf(summaries);
    }

    /**
     * FlexPrice's {@code dto.CustomerInvoiceSummary}.
     *
     * @param currency ISO 4217 code in lower case
     * @param totalRevenueAmount the finalized invoices' amounts due
     * @param totalUnpaidAmount what remains to pay
     * @param totalOverdueAmount what remains to pay past the due date
     * @param totalInvoiceCount finalized invoices
     * @param unpaidInvoiceCount of them, not paid in full
     * @param overdueInvoiceCount of them, past due
     * @param unpaidUsageCharges unpaid usage lines
     * @param unpaidFixedCharges unpaid fixed lines
     */
    public record CurrencySummary(String currency,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalRevenueAmount,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalUnpaidAmount,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal totalOverdueAmount,
                                  long totalInvoiceCount, long unpaidInvoiceCount, long overdueInvoiceCount,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unpaidUsageCharges,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unpaidFixedCharges) {
    }
}
