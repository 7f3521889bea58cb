package io.flexprice.sdk.subscriptions;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.SubscriptionFilter}, for {@code POST /v1/subscriptions/search}; every filter is
 * optional.
 *
 * @param subscriptionIds only these subscriptions
 * @param customerId only this customer's
 * @param externalCustomerId only the customer's with this id of yours
 * @param planId only this plan's
 * @param subscriptionStatus only these statuses
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record SubscriptionListParams(List<String> subscriptionIds, String customerId, String externalCustomerId,
                                     String planId, List<SubscriptionStatus> subscriptionStatus, Status status,
                                     Integer limit, Integer offset, SortOrder order) {

    public SubscriptionListParams {
        subscriptionIds = subscriptionIds == null ? null : List.copyOf(subscriptionIds);
        subscriptionStatus = subscriptionStatus == null ? null : List.copyOf(subscriptionStatus);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.subscriptionIds = subscriptionIds == null ? null : new ArrayList<>(subscriptionIds);
        builder.customerId = customerId;
        builder.externalCustomerId = externalCustomerId;
        builder.planId = planId;
        builder.subscriptionStatus = subscriptionStatus == null ? null : new ArrayList<>(subscriptionStatus);
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public SubscriptionListParams withOffset(int newOffset) {
        return new SubscriptionListParams(subscriptionIds, customerId, externalCustomerId, planId, subscriptionStatus,
                status, limit, newOffset, order);
    }

    /** Builds a {@link SubscriptionListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> subscriptionIds;
        private String customerId;
        private String externalCustomerId;
        private String planId;
        private List<SubscriptionStatus> subscriptionStatus;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these subscriptions. */
        public Builder subscriptionIds(List<String> subscriptionIds) {
            this.subscriptionIds = subscriptionIds == null ? null : new ArrayList<>(subscriptionIds);
            return this;
        }

        /** Adds one to subscriptionIds. */
        public Builder addSubscriptionId(String subscriptionId) {
            if (this.subscriptionIds == null) {
                this.subscriptionIds = new ArrayList<>();
            }
            this.subscriptionIds.add(subscriptionId);
            return this;
        }

        /** Only this customer's. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Only the customer's with this id of yours. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** Only this plan's. */
        public Builder planId(String planId) {
            this.planId = planId;
            return this;
        }

        /** Only these statuses. */
        public Builder subscriptionStatus(List<SubscriptionStatus> subscriptionStatus) {
            this.subscriptionStatus = subscriptionStatus == null ? null : new ArrayList<>(subscriptionStatus);
            return this;
        }

        /** Adds one to subscriptionStatus. */
        public Builder addSubscriptionStatus(SubscriptionStatus subscriptionStatus) {
            if (this.subscriptionStatus == null) {
                this.subscriptionStatus = new ArrayList<>();
            }
            this.subscriptionStatus.add(subscriptionStatus);
            return this;
        }

        /** Only this status. */
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

        public SubscriptionListParams build() {
            return new SubscriptionListParams(subscriptionIds, customerId, externalCustomerId, planId,
                    subscriptionStatus, status, limit, offset, order);
        }
    }
}
