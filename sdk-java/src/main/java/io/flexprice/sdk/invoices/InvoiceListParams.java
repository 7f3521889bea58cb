package io.flexprice.sdk.invoices;

import io.flexprice.sdk.common.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.InvoiceFilter}, for {@code POST /v1/invoices/search}; every filter is optional. Without
 * {@code invoiceStatus}, skipped invoices are left out.
 *
 * @param invoiceIds only these invoices
 * @param customerId only this customer's
 * @param subscriptionId only this subscription's
 * @param invoiceType only this type
 * @param invoiceStatus only these statuses
 * @param paymentStatus only these payment statuses
 * @param periodStartGte period starting at or after
 * @param periodStartLte period starting at or before
 * @param periodEndGte period ending at or after
 * @param periodEndLte period ending at or before
 * @param amountDueGt amount due above
 * @param amountRemainingGt amount remaining above
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record InvoiceListParams(List<String> invoiceIds, String customerId, String subscriptionId,
                                InvoiceType invoiceType, List<InvoiceStatus> invoiceStatus,
                                List<PaymentStatus> paymentStatus, Instant periodStartGte, Instant periodStartLte,
                                Instant periodEndGte, Instant periodEndLte, BigDecimal amountDueGt,
                                BigDecimal amountRemainingGt, Integer limit, Integer offset, SortOrder order) {

    public InvoiceListParams {
        invoiceIds = invoiceIds == null ? null : List.copyOf(invoiceIds);
        invoiceStatus = invoiceStatus == null ? null : List.copyOf(invoiceStatus);
        paymentStatus = paymentStatus == null ? null : List.copyOf(paymentStatus);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.invoiceIds = invoiceIds == null ? null : new ArrayList<>(invoiceIds);
        b.customerId = customerId;
        b.subscriptionId = subscriptionId;
        b.invoiceType = invoiceType;
        b.invoiceStatus = invoiceStatus == null ? null : new ArrayList<>(invoiceStatus);
        b.paymentStatus = paymentStatus == null ? null : new ArrayList<>(paymentStatus);
        b.periodStartGte = periodStartGte;
        b.periodStartLte = periodStartLte;
        b.periodEndGte = periodEndGte;
        b.periodEndLte = periodEndLte;
        b.amountDueGt = amountDueGt;
        b.amountRemainingGt = amountRemainingGt;
        b.limit = limit;
        b.offset = offset;
        b.order = order;
        return b;
    }

    /** These filters at another offset. */
    public InvoiceListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds an {@link InvoiceListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> invoiceIds;
        private String customerId;
        private String subscriptionId;
        private InvoiceType invoiceType;
        private List<InvoiceStatus> invoiceStatus;
        private List<PaymentStatus> paymentStatus;
        private Instant periodStartGte;
        private Instant periodStartLte;
        private Instant periodEndGte;
        private Instant periodEndLte;
        private BigDecimal amountDueGt;
        private BigDecimal amountRemainingGt;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        public Builder invoiceIds(List<String> invoiceIds) {
            this.invoiceIds = invoiceIds == null ? null : new ArrayList<>(invoiceIds);
            return this;
        }

        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        public Builder invoiceType(InvoiceType invoiceType) {
            this.invoiceType = invoiceType;
            return this;
        }

        public Builder invoiceStatus(List<InvoiceStatus> invoiceStatus) {
            this.invoiceStatus = invoiceStatus == null ? null : new ArrayList<>(invoiceStatus);
            return this;
        }

        /** Adds one to invoiceStatus. */
        public Builder addInvoiceStatus(InvoiceStatus status) {
            if (this.invoiceStatus == null) {
                this.invoiceStatus = new ArrayList<>();
            }
            this.invoiceStatus.add(status);
            return this;
        }

        public Builder paymentStatus(List<PaymentStatus> paymentStatus) {
            this.paymentStatus = paymentStatus == null ? null : new ArrayList<>(paymentStatus);
            return this;
        }

        /** Adds one to paymentStatus. */
        public Builder addPaymentStatus(PaymentStatus status) {
            if (this.paymentStatus == null) {
                this.paymentStatus = new ArrayList<>();
            }
            this.paymentStatus.add(status);
            return this;
        }

        public Builder periodStartGte(Instant periodStartGte) {
            this.periodStartGte = periodStartGte;
            return this;
        }

        public Builder periodStartLte(Instant periodStartLte) {
            this.periodStartLte = periodStartLte;
            return this;
        }

        public Builder periodEndGte(Instant periodEndGte) {
            this.periodEndGte = periodEndGte;
            return this;
        }

        public Builder periodEndLte(Instant periodEndLte) {
            this.periodEndLte = periodEndLte;
            return this;
        }

        public Builder amountDueGt(BigDecimal amountDueGt) {
            this.amountDueGt = amountDueGt;
            return this;
        }

        public Builder amountRemainingGt(BigDecimal amountRemainingGt) {
            this.amountRemainingGt = amountRemainingGt;
            return this;
        }

        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        public InvoiceListParams build() {
            return new InvoiceListParams(invoiceIds, customerId, subscriptionId, invoiceType, invoiceStatus,
                    paymentStatus, periodStartGte, periodStartLte, periodEndGte, periodEndLte, amountDueGt,
                    amountRemainingGt, limit, offset, order);
        }
    }
}
