package io.flexprice.ports.testing;

import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Test fixture: {@code anInvoice().line("10.00").line("5.50").status(DRAFT).build()}, for customer cust_stored_1. */
public final class InvoiceCommands {

    private String customerId = "cust_stored_1";
    private String currency = "usd";
    private final List<CreateInvoiceCommand.Line> lines = new ArrayList<>();
    private final List<CreateInvoiceCommand.Coupon> coupons = new ArrayList<>();
    private final List<CreateInvoiceCommand.LineCoupon> lineCoupons = new ArrayList<>();
    private final List<String> taxRates = new ArrayList<>();
    private InvoiceStatus status;
    private PaymentStatus paymentStatus;
    private BigDecimal amountPaid;

    private InvoiceCommands() {
    }

    public static InvoiceCommands anInvoice() {
        return new InvoiceCommands();
    }

    public InvoiceCommands customer(String value) {
        customerId = value;
        return this;
    }

    public InvoiceCommands currency(String value) {
        currency = value;
        return this;
    }

    /** A FIXED line of quantity 1 for {@code amount}, price {@code price_<n>}. */
    public InvoiceCommands line(String amount) {
        lines.add(new CreateInvoiceCommand.Line("price_" + lines.size(), PriceType.FIXED, null, null, null, null,
                null, "Line " + lines.size(), BigDecimal.ONE, new BigDecimal(amount), null, null, Map.of()));
        return this;
    }

    public InvoiceCommands line(CreateInvoiceCommand.Line line) {
        lines.add(line);
        return this;
    }

    public InvoiceCommands coupon(String couponId) {
        coupons.add(new CreateInvoiceCommand.Coupon(couponId, null));
        return this;
    }

    public InvoiceCommands lineCoupon(String priceId, String couponId) {
        lineCoupons.add(new CreateInvoiceCommand.LineCoupon(priceId, couponId, null));
        return this;
    }

    public InvoiceCommands taxRate(String id) {
        taxRates.add(id);
        return this;
    }

    public InvoiceCommands status(InvoiceStatus value) {
        status = value;
        return this;
    }

    public InvoiceCommands paymentStatus(PaymentStatus value) {
        paymentStatus = value;
        return this;
    }

    public InvoiceCommands amountPaid(String value) {
        amountPaid = new BigDecimal(value);
        return this;
    }

    public CreateInvoiceCommand build() {
        return new CreateInvoiceCommand(customerId, currency, lines, coupons, lineCoupons, taxRates, status,
                paymentStatus, amountPaid, null, null, null, null, "Consulting", null, Map.of("po", "42"));
    }
}
