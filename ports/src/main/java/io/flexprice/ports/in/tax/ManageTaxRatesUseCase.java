package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageTaxRatesUseCase {

    /** @throws io.flexprice.domain.common.ConflictException {@code tax_rate.code_taken} */
    TaxRate create(Caller caller, CreateTaxRateCommand command);

    TaxRate update(Caller caller, TaxRateId id, UpdateTaxRateCommand command);

    /**
     * Soft delete; the code becomes free.
     *
     * @throws io.flexprice.domain.common.ConflictException {@code tax_rate.in_use} while a live association
     *         names the rate
     */
    void delete(Caller caller, TaxRateId id);
}
