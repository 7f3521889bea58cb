package io.flexprice.sdk.payments;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.invoices.PaymentStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters of {@code GET /v1/payments}; every filter is optional.
 *
 * @param paymentIds only these payments
 * @param destinationId only the payments of this invoice
 * @param paymentMethodType only this method
 * @param paymentStatus only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record PaymentListParams(List<String> paymentIds, String destinationId, PaymentMethodType paymentMethodType,
                                PaymentStatus paymentStatus, Integer limit, Integer offset, SortOrder order) {

    public PaymentListParams {
        paymentIds = paymentIds == null ? null : List.copyOf(paymentIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().paymentIds(paymentIds).destinationId(destinationId).paymentMethodType(paymentMethodType)
                .paymentStatus(paymentStatus).limit(limit).offset(offset).order(order);
    }

    /** These filters at another offset. */
    public PaymentListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link PaymentListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> paymentIds;
        private String destinationId;
        private PaymentMethodType paymentMethodType;
        private PaymentStatus paymentStatus;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        public Builder paymentIds(List<String> paymentIds) {
            this.paymentIds = paymentIds == null ? null : new ArrayList<>(paymentIds);
            return this;
        }

        /** Only the payments of this invoice. */
        public Builder destinationId(String destinationId) {
            this.destinationId = destinationId;
            return this;
        }

        public Builder paymentMethodType(PaymentMethodType paymentMethodType) {
            this.paymentMethodType = paymentMethodType;
            return this;
        }

        public Builder paymentStatus(PaymentStatus paymentStatus) {
            this.paymentStatus = paymentStatus;
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

        public PaymentListParams build() {
            return new PaymentListParams(paymentIds, destinationId, paymentMethodType, paymentStatus, limit, offset,
                    order);
        }
    }
}
