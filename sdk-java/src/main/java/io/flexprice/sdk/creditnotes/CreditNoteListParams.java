package io.flexprice.sdk.creditnotes;

import io.flexprice.sdk.common.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The query parameters of {@code GET /v1/creditnotes} (FlexPrice's server's list, not in its SDK); every filter is
 * optional.
 *
 * @param creditNoteIds only these credit notes
 * @param invoiceId only this invoice's
 * @param creditNoteStatus only these statuses
 * @param creditNoteType only this type
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record CreditNoteListParams(List<String> creditNoteIds, String invoiceId,
                                   List<CreditNoteStatus> creditNoteStatus, CreditNoteType creditNoteType,
                                   Integer limit, Integer offset, SortOrder order) {

    public CreditNoteListParams {
        creditNoteIds = creditNoteIds == null ? null : List.copyOf(creditNoteIds);
        creditNoteStatus = creditNoteStatus == null ? null : List.copyOf(creditNoteStatus);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().creditNoteIds(creditNoteIds).invoiceId(invoiceId).creditNoteStatus(creditNoteStatus)
                .creditNoteType(creditNoteType).limit(limit).offset(offset).order(order);
    }

    /** These filters at another offset. */
    public CreditNoteListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link CreditNoteListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> creditNoteIds;
        private String invoiceId;
        private List<CreditNoteStatus> creditNoteStatus;
        private CreditNoteType creditNoteType;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        public Builder creditNoteIds(List<String> creditNoteIds) {
            this.creditNoteIds = creditNoteIds == null ? null : new ArrayList<>(creditNoteIds);
            return this;
        }

        public Builder invoiceId(String invoiceId) {
            this.invoiceId = invoiceId;
            return this;
        }

        public Builder creditNoteStatus(List<CreditNoteStatus> creditNoteStatus) {
            this.creditNoteStatus = creditNoteStatus == null ? null : new ArrayList<>(creditNoteStatus);
            return this;
        }

        /** Adds one to creditNoteStatus. */
        public Builder addCreditNoteStatus(CreditNoteStatus status) {
            if (this.creditNoteStatus == null) {
                this.creditNoteStatus = new ArrayList<>();
            }
            this.creditNoteStatus.add(status);
            return this;
        }

        public Builder creditNoteType(CreditNoteType creditNoteType) {
            this.creditNoteType = creditNoteType;
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

        public CreditNoteListParams build() {
            return new CreditNoteListParams(creditNoteIds, invoiceId, creditNoteStatus, creditNoteType, limit, offset,
                    order);
        }
    }
}
