package io.flexprice.ports.application.tax;

import io.flexprice.domain.tax.ApplicableTax;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxPrecedence;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tax.TaxTarget;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Instant;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the candidate associations of the target's three levels and their rates, and lets the domain choose. */
public final class FindApplicableTaxesService implements FindApplicableTaxesQuery {

    private final TaxAssociationRepository associations;
    private final TaxRateRepository rates;

    public FindApplicableTaxesService(TaxAssociationRepository associations, TaxRateRepository rates) {
        this.associations = associations;
        this.rates = rates;
    }

    @Override
    public List<ApplicableTax> applicableTaxes(TaxTarget target, Currency currency, Instant at) {
        List<TaxAssociation> candidates = associations.findLiveAttachedTo(target.scope(),
                target.entitiesByPrecedence());
        Map<TaxRateId, TaxRate> byId = new HashMap<>();
        for (TaxAssociation candidate : candidates) {
            if (!byId.containsKey(candidate.taxRateId())) {
                rates.findById(target.scope(), candidate.taxRateId()).ifPresent(r -> byId.put(r.id(), r));
            }
        }
        return TaxPrecedence.resolve(target, currency, at, candidates, byId);
    }
}
