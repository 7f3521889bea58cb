package io.flexprice.ports.application.tax;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.application.subscription.FindSubscriptionsService;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.ManageTaxAssociationsUseCase;
import io.flexprice.ports.in.tax.UpdateTaxAssociationCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Clock;
import java.time.Instant;

public final class ManageTaxAssociationsService implements ManageTaxAssociationsUseCase {

    private final TaxAssociationRepository associations;
    private final TaxRateRepository rates;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageTaxAssociationsService(TaxAssociationRepository associations, TaxRateRepository rates,
                                        CustomerRepository customers, SubscriptionRepository subscriptions,
                                        Transactions transactions, IdGenerator ids, Clock clock) {
        this.associations = associations;
        this.rates = rates;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Checks, in this order: the fields (every violation at once), the entity (a customer or subscription must
     * exist), the rate (a live one with the code, ACTIVE), and that a FIXED rate is attached with a currency, since its
     * value is an amount of the currency it is charged in.
     */
    @Override
    public TaxAssociation create(Caller caller, CreateTaxAssociationCommand c) {
        int priority = c.priority() == null ? 0 : c.priority();
        Violations invalid = new Violations().requireText(c.taxRateCode(), "tax_rate_code")
                .require(c.entityType() != null || notBlank(c.externalCustomerId()), "entity_type", "is required");
        TaxAssociation.validatePriority(invalid, priority);
        TaxAssociation.validateDates(invalid, c.startDate(), c.endDate());
        invalid.throwIfAny();
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            TaxEntity entity = TaxEntities.resolve(customers, caller.scope(), c.entityType(), c.entityId(),
                    c.externalCustomerId());
            if (entity.type() == TaxEntityType.SUBSCRIPTION) {
                FindSubscriptionsService.live(subscriptions, caller.scope(), SubscriptionId.of(entity.id()));
            }
            TaxRate rate = rates.findByCode(caller.scope(), c.taxRateCode())
                    .orElseThrow(() -> FindTaxRatesService.notFound("no tax rate has code " + c.taxRateCode()));
            if (rate.rateStatus() != TaxRateStatus.ACTIVE) {
                throw new ValidationException(ErrorCode.TAX_RATE_INACTIVE, "tax_rate_code",
                        "tax rate " + c.taxRateCode() + " is inactive");
            }
            if (rate.type() == TaxRateType.FIXED && c.currency() == null) {
                throw ValidationException.of("currency", "is required to attach a fixed tax rate");
            }
            TaxAssociation association = new TaxAssociation(new TaxAssociationId(ids.newId("taxassoc")),
                    caller.scope(), rate.id(), entity.type(), entity.id(), priority,
                    c.autoApply() != null && c.autoApply(), c.currency(), c.startDate(), c.endDate(),
                    Metadata.of(c.metadata()), Status.PUBLISHED, Audit.createdBy(caller.actor(), now));
            associations.insert(association);
            return association;
        });
    }

    @Override
    public TaxAssociation update(Caller caller, TaxAssociationId id, UpdateTaxAssociationCommand c) {
        return transactions.inTransaction(() -> {
            TaxAssociation current = FindTaxAssociationsService.liveAssociation(associations, caller.scope(), id);
            TaxAssociation updated = current.withDetails(c.priority() != null ? c.priority() : current.priority(),
                    c.autoApply() != null ? c.autoApply() : current.autoApply(),
                    c.endDate() != null ? c.endDate() : current.endDate(),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            associations.update(updated);
            return updated;
        });
    }

    @Override
    public TaxAssociation delete(Caller caller, TaxAssociationId id) {
        return transactions.inTransaction(() -> {
            TaxAssociation current = FindTaxAssociationsService.liveAssociation(associations, caller.scope(), id);
            TaxAssociation deleted = current.deleted(current.audit().updatedBy(caller.actor(), clock.instant()));
            associations.update(deleted);
            return deleted;
        });
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
