package io.flexprice.sdk.costs;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.List;

/**
 * FlexPrice's {@code costsheet.Filter} for {@code POST /v1/costs/search}, in camel case on the wire as FlexPrice's SDK
 * sends it ({@code costsheetIDs}, {@code lookupKey}); every filter is optional.
 *
 * @param costsheetIds only these costsheets
 * @param lookupKey only this lookup key
 * @param name only this name
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record CostsheetListParams(@JsonProperty("costsheetIDs") List<String> costsheetIds,
                                  @JsonProperty("lookupKey") String lookupKey, @JsonProperty("name") String name,
                                  @JsonProperty("status") Status status, @JsonProperty("limit") Integer limit,
                                  @JsonProperty("offset") Integer offset, @JsonProperty("order") SortOrder order) {

    public CostsheetListParams {
        costsheetIds = costsheetIds == null ? null : List.copyOf(costsheetIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().costsheetIds(costsheetIds).lookupKey(lookupKey).name(name).status(status).limit(limit)
                .offset(offset).order(order);
    }

    /** These filters at another offset. */
    public CostsheetListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link CostsheetListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> costsheetIds;
        private String lookupKey;
        private String name;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        public Builder costsheetIds(List<String> costsheetIds) {
            this.costsheetIds = costsheetIds;
            return this;
        }

        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder status(Status status) {
            this.status = status;
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

        public CostsheetListParams build() {
            return new CostsheetListParams(costsheetIds, lookupKey, name, status, limit, offset, order);
        }
    }
}
