package io.flexprice.adapters.http.invoice;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.InvoiceFilter} as {@code POST /v1/invoices/search} takes it (and {@code GET /v1/invoices}
 * as query parameters): {@code invoice_ids}, {@code customer_id}, {@code subscription_id}, {@code invoice_type},
 * {@code invoice_status} and {@code payment_status} (lists), the period bounds, {@code amount_due_gt},
 * {@code amount_remaining_gt}, and {@code start_time} / {@code end_time} (period start at or after, period end at or
 * before, as FlexPrice applies them); paging; {@code external_customer_id} (the customer's external id: 404 when no
 * customer has it); {@code skip_line_items} (the invoices without their lines); FlexPrice's {@code filters} and
 * {@code sort} ({@link SearchConditionsWire}). {@code status} and {@code expand} are accepted and ignored. Without
 * {@code invoice_status}, SKIPPED invoices are left out, as in FlexPrice.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceSearchRequest(List<String> invoiceIds, String customerId, String externalCustomerId,
                                   String subscriptionId, String invoiceType, List<String> invoiceStatus,
                                   List<String> paymentStatus, String periodStartGte, String periodStartLte,
                                   String periodEndGte, String periodEndLte, BigDecimal amountDueGt,
                                   BigDecimal amountRemainingGt, String startTime, String endTime, Integer limit,
                                   Integer offset, String order, Boolean skipLineItems,
                                   List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final InvoiceSearchRequest ALL = new InvoiceSearchRequest(null, null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** From query parameters: lists repeated or comma separated, numbers as text. */
    public static Search fromQuery(List<String> invoiceIds, String customerId, String externalCustomerId,
                                   String subscriptionId, String invoiceType, List<String> invoiceStatus,
                                   List<String> paymentStatus, String periodStartGte, String periodStartLte,
                                   String periodEndGte, String periodEndLte, String amountDueGt,
                                   String amountRemainingGt, String startTime, String endTime, String limit,
                                   String offset, String order, String skipLineItems) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new InvoiceSearchRequest(WireParser.list(invoiceIds), customerId, externalCustomerId, subscriptionId,
                invoiceType, WireParser.list(invoiceStatus), WireParser.list(paymentStatus), periodStartGte,
                periodStartLte, periodEndGte, periodEndLte, Amounts.parse(wire, amountDueGt, "amount_due_gt"),
                Amounts.parse(wire, amountRemainingGt, "amount_remaining_gt"), startTime, endTime, limitValue,
                offsetValue, order, wire.bool(skipLineItems, "skip_line_items"), null, null).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        InvoiceType type = Amounts.optional(wire, "", invoiceType,
                () -> InvoiceType.fromWire(invoiceType, "invoice_type"));
        List<InvoiceStatus> statuses = new ArrayList<>();
        for (String status : WireParser.listWith(invoiceStatus, null)) {
            statuses.add(wire.parse(() -> InvoiceStatus.fromWire(status, "invoice_status")));
        }
        List<PaymentStatus> payments = new ArrayList<>();
        for (String status : WireParser.listWith(paymentStatus, null)) {
            payments.add(wire.parse(() -> PaymentStatus.fromWire(status, "payment_status")));
        }
        Instant startGte = wire.instant(periodStartGte, "period_start_gte");
        Instant startLte = wire.instant(periodStartLte, "period_start_lte");
        Instant endGte = wire.instant(periodEndGte, "period_end_gte");
        Instant endLte = wire.instant(periodEndLte, "period_end_lte");
        Instant start = wire.instant(startTime, "start_time");
        Instant end = wire.instant(endTime, "end_time");
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, InvoiceFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new InvoiceFilter(WireParser.listWith(invoiceIds, null), blankToNull(customerId),
                blankToNull(subscriptionId), type, statuses, payments, startGte != null ? startGte : start, startLte,
                endGte, endLte != null ? endLte : end, amountDueGt, amountRemainingGt, conditions), blankToNull(externalCustomerId),
                page, Boolean.TRUE.equals(skipLineItems));
    }


    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** {@code externalCustomerId} null: not narrowed by it. */
    public record Search(InvoiceFilter filter, String externalCustomerId, PageRequest page, boolean skipLineItems) {
    }
}
