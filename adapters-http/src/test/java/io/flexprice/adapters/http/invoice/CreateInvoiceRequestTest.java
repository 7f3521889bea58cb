package io.flexprice.adapters.http.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateInvoiceRequestTest {

    private static CreateInvoiceRequest.LineItem line(String amount, String quantity, String priceType) {
        return new CreateInvoiceRequest.LineItem(amount, quantity, "Consulting", "price_1", priceType, null, null,
                null, null, null, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z", Map.of("k", "v"));
    }

    private static CreateInvoiceRequest request(String invoiceType, String status, String paymentStatus,
                                                List<CreateInvoiceRequest.LineItem> lines) {
        return new CreateInvoiceRequest("cust_1", null, invoiceType, "usd", "99", "99", "99", "March work",
                "2024-04-15T00:00:00Z", null, null, "MANUAL", status, paymentStatus, "1.50", lines,
                List.of("coupon_1"), List.of("tax_1"), List.of(new CreateInvoiceRequest.InvoiceCoupon("coupon_2", "a")),
                List.of(new CreateInvoiceRequest.LineItemCoupon("price_1", "coupon_3", null)), Map.of("po", "1"),
                null);
    }

    private static List<String> fieldsRejected(CreateInvoiceRequest request) {
        return catchThrowableOfType(ValidationException.class, request::toCommand).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void aOneOffRequestBecomesTheCommandWithAmountsExactlyAsSent() {
        CreateInvoiceCommand command = request("ONE_OFF", "draft", "pending",
                List.of(line("10.005", "2", "usage"))).toCommand();

        assertThat(command.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(command.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(command.amountPaid()).isEqualTo(new BigDecimal("1.50"));
        assertThat(command.dueDate()).isEqualTo(Instant.parse("2024-04-15T00:00:00Z"));
        CreateInvoiceCommand.Line line = command.lineItems().get(0);
        assertThat(line.amount()).isEqualTo(new BigDecimal("10.005"));
        assertThat(line.quantity()).isEqualTo(new BigDecimal("2"));
        assertThat(line.priceType()).isEqualTo(PriceType.USAGE);
        assertThat(line.periodStart()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(command.coupons()).extracting(CreateInvoiceCommand.Coupon::couponId)
                .containsExactly("coupon_1", "coupon_2");
        assertThat(command.lineItemCoupons()).extracting(CreateInvoiceCommand.LineCoupon::priceId)
                .containsExactly("price_1");
        assertThat(command.taxRates()).containsExactly("tax_1");
    }

    @Test
    void everyMalformedFieldIsNamedAtOnceWithItsLinePath() {
        CreateInvoiceRequest request = new CreateInvoiceRequest("cust_1", "sub_1", "SUBSCRIPTION", "usd", null, null,
                null, null, "tomorrow", null, null, "WHENEVER", "OPEN", "LATE", "1,5",
                List.of(line("1e3", "x", "SEATS")), null, null, null,
                List.of(new CreateInvoiceRequest.LineItemCoupon(null, "coupon_1", null)), null, null);

        assertThat(fieldsRejected(request)).containsExactly("invoice_type", "subscription_id", "invoice_status",
                "payment_status", "billing_reason", "amount_paid", "due_date", "line_items[0].price_type",
                "line_items[0].quantity", "line_items[0].amount", "line_item_coupons[0].line_item_id");
    }
}
