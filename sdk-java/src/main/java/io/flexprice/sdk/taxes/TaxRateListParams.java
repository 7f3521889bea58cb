package io.flexprice.sdk.taxes;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.TaxRateFilter}, for {@code GET /v1/taxes/rates} (ids and codes sent comma separated);
 * every filter is optional.
 *
 * @param taxRateIds only these rates
 * @param taxRateCodes only the rates with these codes
 * @param scope only this scope
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record TaxRateListParams(List<String> taxRateIds, List<String> taxRateCodes, TaxRateScope scope, Status status,
                                Integer limit, Integer offset, SortOrder order) {

    public TaxRateListParams {
        taxRateIds = taxRateIds == null ? null : List.copyOf(taxRateIds);
        taxRateCodes = taxRateCodes == null ? null : List.copyOf(taxRateCodes);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.taxRateIds = taxRateIds == null ? null : new ArrayList<>(taxRateIds);
        builder.taxRateCodes = taxRateCodes == null ? null : new ArrayList<>(taxRateCodes);
        builder.scope = scope;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** Builds a {@link TaxRateListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> taxRateIds;
        private List<String> taxRateCodes;
        private TaxRateScope scope;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these rates. */
        public Builder taxRateIds(List<String> taxRateIds) {
            this.taxRateIds = taxRateIds == null ? null : new ArrayList<>(taxRateIds);
            return this;
        }

        /** Adds one to taxRateIds. */
        public Builder addTaxRateId(String taxRateId) {
            if (this.taxRateIds == null) {
                this.taxRateIds = new ArrayList<>();
            }
            this.taxRateIds.add(taxRateId);
            return this;
        }

        /** Only the rates with these codes. */
        public Builder taxRateCodes(List<String> taxRateCodes) {
            this.taxRateCodes = taxRateCodes == null ? null : new ArrayList<>(taxRateCodes);
            return this;
        }

        /** Adds one to taxRateCodes. */
        public Builder addTaxRateCode(String taxRateCode) {
            if (this.taxRateCodes == null) {
                this.taxRateCodes = new ArrayList<>();
            }
            this.taxRateCodes.add(taxRateCode);
            return this;
        }

        /** Only this scope. */
        public Builder scope(TaxRateScope scope) {
            this.scope = scope;
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

        public TaxRateListParams build() {
            return new TaxRateListParams(taxRateIds, taxRateCodes, scope, status, limit, offset, order);
        }
    }
}
