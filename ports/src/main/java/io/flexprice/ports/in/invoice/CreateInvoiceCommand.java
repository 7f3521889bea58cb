package io.flexprice.ports.in.invoice;

import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A one-off invoice (FlexPrice's create invoice request), its values parsed at the edge; the service checks the
 * rest and reports every violation at once ({@code line_items[1].amount}).
 *
 * @param invoiceStatus DRAFT, or FINALIZED (the default, as FlexPrice's for a one-off invoice)
 * @param paymentStatus null or PENDING: nothing paid unless {@code amountPaid} says so; SUCCEEDED: paid in full
 * @param amountPaid money already received, recorded as an OFFLINE payment; at most the total
 * @param coupons coupon ids applied to the whole invoice (FlexPrice's {@code coupons} and {@code invoice_coupons})
 * @param lineItemCoupons coupons applied to the line whose price id they name
 */
public record CreateInvoiceCommand(String customerId, String currency, List<Line> lineItems, List<Coupon> coupons,
                                   List<LineCoupon> lineItemCoupons, List<String> taxRates,
                                   InvoiceStatus invoiceStatus, PaymentStatus paymentStatus, BigDecimal amountPaid,
                                   Instant periodStart, Instant periodEnd, Instant dueDate,
                                   BillingReason billingReason, String description, String invoicePdfUrl,
                                   Map<String, String> metadata) {

    public CreateInvoiceCommand {
        lineItems = lineItems == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(lineItems));
        coupons = coupons == null ? List.of() : List.copyOf(coupons);
        lineItemCoupons = lineItemCoupons == null ? List.of() : List.copyOf(lineItemCoupons);
        taxRates = taxRates == null ? List.of() : List.copyOf(taxRates);
    }

    /** One line: {@code amount} is the line's whole charge (not a unit price), in the invoice's currency. */
    public record Line(String priceId, PriceType priceType, String meterId, String meterDisplayName,
                       String entityType, String entityId, String planDisplayName, String displayName,
                       BigDecimal quantity, BigDecimal amount, Instant periodStart, Instant periodEnd,
                       Map<String, String> metadata) {
    }

    public record Coupon(String couponId, String couponAssociationId) {
    }

    /** A coupon on one line: {@code priceId} names the line by its price (FlexPrice's {@code line_item_id}). */
    public record LineCoupon(String priceId, String couponId, String couponAssociationId) {
    }
}
