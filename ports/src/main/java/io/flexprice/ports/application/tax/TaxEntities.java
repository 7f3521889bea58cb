package io.flexprice.ports.application.tax;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.out.customer.CustomerRepository;

/**
 * The entity a tax association request names, as FlexPrice reads it: {@code external_customer_id} names a
 * customer (and must agree with {@code entity_type} / {@code entity_id} when they are given too); the tenant's
 * id may be left out and must otherwise be the caller's tenant. Customers must exist; a subscription is
 * checked where an association is created ({@link ManageTaxAssociationsService}).
 */
final class TaxEntities {

    private TaxEntities() {
    }

    /** The entity named; a customer must be live. */
    static TaxEntity resolve(CustomerRepository customers, Scope scope, TaxEntityType type, String entityId,
                             String externalCustomerId) {
        String id = blankToNull(entityId);
        String external = blankToNull(externalCustomerId);
        Violations invalid = new Violations();
        if (external != null) {
            invalid.require(type == null || type == TaxEntityType.CUSTOMER, "entity_type",
                    "must be customer when external_customer_id is given").throwIfAny();
            Customer customer = CustomerLookup.live(customers, scope, CustomerRef.byExternalId(external));
            invalid.require(id == null || id.equals(customer.id().value()), "entity_id",
                    "names another customer than external_customer_id").throwIfAny();
            return new TaxEntity(TaxEntityType.CUSTOMER, customer.id().value());
        }
        invalid.require(type != null, "entity_type", "is required").throwIfAny();
        String tenantId = scope.tenantId().value();
        switch (type) {
            case TENANT -> invalid.require(id == null || id.equals(tenantId), "entity_id",
                    "must be your tenant's id, " + tenantId);
            case CUSTOMER, SUBSCRIPTION -> invalid.require(id != null, "entity_id", "is required");
        }
        invalid.throwIfAny();
        if (type == TaxEntityType.CUSTOMER) {
            CustomerLookup.live(customers, scope, CustomerRef.byId(id));
        }
        return new TaxEntity(type, type == TaxEntityType.TENANT ? tenantId : id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
