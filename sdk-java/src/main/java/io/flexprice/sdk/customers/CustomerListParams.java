package io.flexprice.sdk.customers;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.CustomerFilter}, for {@code POST /v1/customers/search}; every filter is optional.
 *
 * @param customerIds only these customers
 * @param externalIds only the customers with these external ids
 * @param email only the customers with this e-mail address
 * @param status only the customers in this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record CustomerListParams(List<String> customerIds, List<String> externalIds, String email, Status status,
                                 Integer limit, Integer offset, SortOrder order) {

    public CustomerListParams {
        customerIds = customerIds == null ? null : List.copyOf(customerIds);
        externalIds = externalIds == null ? null : List.copyOf(externalIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.customerIds = customerIds == null ? null : new ArrayList<>(customerIds);
        builder.externalIds = externalIds == null ? null : new ArrayList<>(externalIds);
        builder.email = email;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public CustomerListParams withOffset(int newOffset) {
        return new CustomerListParams(customerIds, externalIds, email, status, limit, newOffset, order);
    }

    /** Builds a {@link CustomerListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> customerIds;
        private List<String> externalIds;
        private String email;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these customers. */
        public Builder customerIds(List<String> customerIds) {
            this.customerIds = customerIds == null ? null : new ArrayList<>(customerIds);
            return this;
        }

        /** Adds one to customerIds. */
        public Builder addCustomerId(String customerId) {
            if (this.customerIds == null) {
                this.customerIds = new ArrayList<>();
            }
            this.customerIds.add(customerId);
            return this;
        }

        /** Only the customers with these external ids. */
        public Builder externalIds(List<String> externalIds) {
            this.externalIds = externalIds == null ? null : new ArrayList<>(externalIds);
            return this;
        }

        /** Adds one to externalIds. */
        public Builder addExternalId(String externalId) {
            if (this.externalIds == null) {
                this.externalIds = new ArrayList<>();
            }
            this.externalIds.add(externalId);
            return this;
        }

        /** Only the customers with this e-mail address. */
        public Builder email(String email) {
            this.email = email;
            return this;
        }

        /** Only the customers in this status. */
        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        /** The page size (1 to 1000; the server defaults to 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The offset of the first item. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** By creation time, newest first unless {@code asc}. */
        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        public CustomerListParams build() {
            return new CustomerListParams(customerIds, externalIds, email, status, limit, offset, order);
        }
    }
}
