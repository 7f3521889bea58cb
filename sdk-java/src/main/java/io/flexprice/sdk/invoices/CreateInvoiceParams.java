package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateInvoiceRequest}, for a one-off invoice. FlexPrice's server requires
 * {@code amount_due}, {@code subtotal} and {@code total}; this server works them out from the lines, coupons and
 * taxes and ignores what is sent.
 *
 * @param customerId the customer billed (required)
 * @param currency ISO 4217 code (required)
 * @param invoiceType {@code ONE_OFF} (the default)
 * @param invoiceStatus DRAFT (the default) or FINALIZED at once
 * @param paymentStatus the payment status to start with
 * @param amountDue what is due (FlexPrice's server takes it as given)
 * @param subtotal before discounts and taxes (FlexPrice's server takes it as given)
 * @param total after them (FlexPrice's server takes it as given)
 * @param amountPaid already paid
 * @param description free text
 * @param dueDate when it is due
 * @param periodStart the period billed: its start
 * @param periodEnd the period billed: its end
 * @param billingReason why it is made
 * @param lineItems the lines
 * @param coupons coupon ids applied to the whole invoice
 * @param taxRates tax rate ids applied to it
 * @param invoicePdfUrl a link to its PDF
 * @param metadata your key-value pairs
 */
public record CreateInvoiceParams(String customerId, String currency, InvoiceType invoiceType,
                                  InvoiceStatus invoiceStatus, PaymentStatus paymentStatus,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountDue,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal subtotal,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal total,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountPaid,
                                  String description, Instant dueDate, Instant periodStart, Instant periodEnd,
                                  BillingReason billingReason, List<CreateInvoiceLineItemParams> lineItems,
                                  List<String> coupons, List<String> taxRates, String invoicePdfUrl,
                                  Map<String, String> metadata) {

    public CreateInvoiceParams {
        lineItems = lineItems == null ? null : List.copyOf(lineItems);
        coupons = coupons == null ? null : List.copyOf(coupons);
        taxRates = taxRates == null ? null : List.copyOf(taxRates);
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customerId = customerId;
        b.currency = currency;
        b.invoiceType = invoiceType;
        b.invoiceStatus = invoiceStatus;
        b.paymentStatus = paymentStatus;
        b.amountDue = amountDue;
        b.subtotal = subtotal;
        b.total = total;
        b.amountPaid = amountPaid;
        b.description = description;
        b.dueDate = dueDate;
        b.periodStart = periodStart;
        b.periodEnd = periodEnd;
        b.billingReason = billingReason;
        b.lineItems = lineItems == null ? null : new ArrayList<>(lineItems);
        b.coupons = coupons == null ? null : new ArrayList<>(coupons);
        b.taxRates = taxRates == null ? null : new ArrayList<>(taxRates);
        b.invoicePdfUrl = invoicePdfUrl;
        b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return b;
    }

    /** Builds a {@link CreateInvoiceParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String customerId;
        private String currency;
        private InvoiceType invoiceType;
        private InvoiceStatus invoiceStatus;
        private PaymentStatus paymentStatus;
        private BigDecimal amountDue;
        private BigDecimal subtotal;
        private BigDecimal total;
        private BigDecimal amountPaid;
        private String description;
        private Instant dueDate;
        private Instant periodStart;
        private Instant periodEnd;
        private BillingReason billingReason;
        private List<CreateInvoiceLineItemParams> lineItems;
        private List<String> coupons;
        private List<String> taxRates;
        private String invoicePdfUrl;
        private Map<String, String> metadata;

        private Builder() {
        }

        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder invoiceType(InvoiceType invoiceType) {
            this.invoiceType = invoiceType;
            return this;
        }

        public Builder invoiceStatus(InvoiceStatus invoiceStatus) {
            this.invoiceStatus = invoiceStatus;
            return this;
        }

        public Builder paymentStatus(PaymentStatus paymentStatus) {
            this.paymentStatus = paymentStatus;
            return this;
        }

        public Builder amountDue(BigDecimal amountDue) {
            this.amountDue = amountDue;
            return this;
        }

        public Builder amountDue(String amountDue) {
            return amountDue(amountDue == null ? null : new BigDecimal(amountDue));
        }

        public Builder subtotal(BigDecimal subtotal) {
            this.subtotal = subtotal;
            return this;
        }

        public Builder subtotal(String subtotal) {
            return subtotal(subtotal == null ? null : new BigDecimal(subtotal));
        }

        public Builder total(BigDecimal total) {
            this.total = total;
            return this;
        }

        public Builder total(String total) {
            return total(total == null ? null : new BigDecimal(total));
        }

        public Builder amountPaid(BigDecimal amountPaid) {
            this.amountPaid = amountPaid;
            return this;
        }

        public Builder amountPaid(String amountPaid) {
            return amountPaid(amountPaid == null ? null : new BigDecimal(amountPaid));
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder dueDate(Instant dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder periodStart(Instant periodStart) {
            this.periodStart = periodStart;
            return this;
        }

        public Builder periodEnd(Instant periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        public Builder billingReason(BillingReason billingReason) {
            this.billingReason = billingReason;
            return this;
        }

        public Builder lineItems(List<CreateInvoiceLineItemParams> lineItems) {
            this.lineItems = lineItems == null ? null : new ArrayList<>(lineItems);
            return this;
        }

        /** Adds one to lineItems. */
        public Builder addLineItem(CreateInvoiceLineItemParams lineItem) {
            if (this.lineItems == null) {
                this.lineItems = new ArrayList<>();
            }
            this.lineItems.add(lineItem);
            return this;
        }

        public Builder coupons(List<String> coupons) {
            this.coupons = coupons == null ? null : new ArrayList<>(coupons);
            return this;
        }

        public Builder taxRates(List<String> taxRates) {
            this.taxRates = taxRates == null ? null : new ArrayList<>(taxRates);
            return this;
        }

        public Builder invoicePdfUrl(String invoicePdfUrl) {
            this.invoicePdfUrl = invoicePdfUrl;
            return this;
        }

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one to metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        public CreateInvoiceParams build() {
            return new CreateInvoiceParams(customerId, currency, invoiceType, invoiceStatus, paymentStatus, amountDue,
                    subtotal, total, amountPaid, description, dueDate, periodStart, periodEnd, billingReason,
                    lineItems, coupons, taxRates, invoicePdfUrl, metadata);
        }
    }
}
