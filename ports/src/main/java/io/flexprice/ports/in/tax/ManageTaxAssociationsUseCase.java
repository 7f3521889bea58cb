package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageTaxAssociationsUseCase {

    /**
     * @throws io.flexprice.domain.common.NotFoundException {@code tax_rate.not_found} (no live rate with the
     *         code), {@code customer.not_found}
     * @throws io.flexprice.domain.common.ValidationException invalid fields, {@code tax_rate.inactive}
     */
    TaxAssociation create(Caller caller, CreateTaxAssociationCommand command);

    TaxAssociation update(Caller caller, TaxAssociationId id, UpdateTaxAssociationCommand command);

    /** Soft delete: the association never applies again, to any period. Returns it as deleted. */
    TaxAssociation delete(Caller caller, TaxAssociationId id);
}
