package io.flexprice.adapters.http.customer;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;

/** {@code parent_customer_external_id} has no counterpart in the customer commands yet. */
final class ParentByExternalId {

    private ParentByExternalId() {
    }

    static void reject(String parentCustomerExternalId) {
        if (parentCustomerExternalId != null && !parentCustomerExternalId.isBlank()) {
            throw new ValidationException(ErrorCode.NOT_IMPLEMENTED, "parent_customer_external_id",
                    "is not supported yet: send parent_customer_id");
        }
    }
}
