package io.flexprice.ports.application.tax;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tax.ManageTaxRatesUseCase;
import io.flexprice.ports.in.tax.UpdateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Clock;

public final class ManageTaxRatesService implements ManageTaxRatesUseCase {

    private final TaxRateRepository rates;
    private final TaxAssociationRepository associations;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageTaxRatesService(TaxRateRepository rates, TaxAssociationRepository associations,
                                 Transactions transactions, IdGenerator ids, Clock clock) {
        this.rates = rates;
        this.associations = associations;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TaxRate create(Caller caller, CreateTaxRateCommand c) {
        TaxRate rate = new TaxRate(new TaxRateId(ids.newId("taxrate")), caller.scope(), c.name(), c.code(),
                c.description(), c.type(), c.percentageValue(), c.fixedValue(), c.scope(), null,
                Metadata.of(c.metadata()), Status.PUBLISHED, Audit.createdBy(caller.actor(), clock.instant()));
        rates.insert(rate);
        return rate;
    }

    /** Any field may change while the rate is in use: none of them changes an amount. */
    @Override
    public TaxRate update(Caller caller, TaxRateId id, UpdateTaxRateCommand c) {
        return transactions.inTransaction(() -> {
            TaxRate current = FindTaxRatesService.liveRate(rates, caller.scope(), id);
            String name = c.name() != null ? c.name() : current.name();
            String code = c.code() != null ? c.code() : current.code();
            String description = c.description() != null ? c.description() : current.description();
            Violations invalid = new Violations();
            TaxRate.validateDetails(invalid, name, code, description);
            invalid.throwIfAny();
            TaxRate updated = current.withDetails(name, code, description,
                    c.rateStatus() != null ? c.rateStatus() : current.rateStatus(),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            rates.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, TaxRateId id) {
        transactions.inTransaction(() -> {
            TaxRate current = FindTaxRatesService.liveRate(rates, caller.scope(), id);
            long inUse = associations.search(caller.scope(), TaxAssociationFilter.ofRate(id.value()),
                    PageRequest.first(1)).total();
            if (inUse > 0) {
                throw new ConflictException(ErrorCode.TAX_RATE_IN_USE, "tax rate " + id + " is attached by " + inUse
                        + " tax association(s); delete them first");
            }
            rates.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }
}
