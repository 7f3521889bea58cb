package io.flexprice.ports.application.tax;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public final class FindTaxAssociationsService implements FindTaxAssociationsQuery {

    private final TaxAssociationRepository associations;
    private final TaxRateRepository rates;
    private final CustomerRepository customers;

    public FindTaxAssociationsService(TaxAssociationRepository associations, TaxRateRepository rates,
                                      CustomerRepository customers) {
        this.associations = associations;
        this.rates = rates;
        this.customers = customers;
    }

    @Override
    public TaxAssociationView get(Caller caller, TaxAssociationId id) {
        TaxAssociation association = liveAssociation(associations, caller.scope(), id);
        return new TaxAssociationView(association, rate(caller.scope(), association.taxRateId()));
    }

    @Override
    public Page<TaxAssociationView> search(Caller caller, Search search) {
        TaxAssociationFilter filter;
        if (search.externalCustomerId() != null && !search.externalCustomerId().isBlank()) {
            TaxEntity customer = TaxEntities.resolve(customers, caller.scope(), search.entityType(),
                    search.entityId(), search.externalCustomerId());
            filter = new TaxAssociationFilter(customer.type(), List.of(customer.id()), search.taxRateIds(),
                    search.status());
        } else {
            filter = new TaxAssociationFilter(search.entityType(), search.entityId() == null
                    || search.entityId().isBlank() ? List.of() : List.of(search.entityId().trim()),
                    search.taxRateIds(), search.status());
        }
        Page<TaxAssociation> page = associations.search(caller.scope(), filter, search.page());
        Map<TaxRateId, TaxRate> byId = new HashMap<>();
        List<TaxAssociationView> views = page.items().stream()
                .map(a -> new TaxAssociationView(a, byId.computeIfAbsent(a.taxRateId(),
                        rateId -> rate(caller.scope(), rateId))))
                .toList();
        return new Page<>(views, page.total(), page.limit(), page.offset());
    }

    static TaxAssociation liveAssociation(TaxAssociationRepository associations, Scope scope, TaxAssociationId id) {
        return associations.findById(scope, id).filter(TaxAssociation::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.TAX_ASSOCIATION_NOT_FOUND,
                        "tax association " + id + " not found"));
    }

    private TaxRate rate(Scope scope, TaxRateId id) {
        // an association always names a stored rate of its scope; a rate is soft-deleted, never removed
        return rates.findById(scope, id).orElseThrow(() -> new IllegalStateException(
                "tax rate " + id + " named by an association is not stored"));
    }
}
