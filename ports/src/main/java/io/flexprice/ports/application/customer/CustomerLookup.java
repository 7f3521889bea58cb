package io.flexprice.ports.application.customer;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.out.customer.CustomerRepository;

/** Resolves a {@link CustomerRef} to a live customer, or fails with customer.not_found. */
public final class CustomerLookup {

    private CustomerLookup() {
    }

    public static Customer live(CustomerRepository customers, Scope scope, CustomerRef ref) {
        if (ref.id() != null) {
            return customers.findById(scope, new CustomerId(ref.id())).filter(Customer::isLive)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                            "customer " + ref.id() + " not found"));
        }
        return customers.findByExternalId(scope, ref.externalId())
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                        "customer with external id " + ref.externalId() + " not found"));
    }
}
