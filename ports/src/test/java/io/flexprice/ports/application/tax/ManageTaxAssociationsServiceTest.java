package io.flexprice.ports.application.tax;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static io.flexprice.ports.testing.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery.Search;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery.TaxAssociationView;
import io.flexprice.ports.in.tax.UpdateTaxAssociationCommand;
import io.flexprice.ports.in.tax.UpdateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.FakeTaxAssociationRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ManageTaxAssociationsServiceTest {

    private static final Currency USD = Currency.getInstance("USD");

    private final FakeTaxRateRepository rates = new FakeTaxRateRepository();
    private final FakeTaxAssociationRepository associations = new FakeTaxAssociationRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageTaxRatesService manageRates = new ManageTaxRatesService(rates, associations, transactions,
            ids, CLOCK);
    private final ManageTaxAssociationsService service = new ManageTaxAssociationsService(associations, rates,
            customers, subscriptions, transactions, ids, CLOCK);
    private final FindTaxAssociationsService find = new FindTaxAssociationsService(associations, rates, customers);
    private final Caller caller = aCaller().build();
    private final TaxRate vat = manageRates.create(caller, new CreateTaxRateCommand("VAT", "VAT", null,
            TaxRateType.PERCENTAGE, new BigDecimal("20"), null, null, null));
    private final TaxRate fee = manageRates.create(caller, new CreateTaxRateCommand("Fee", "FEE", null,
            TaxRateType.FIXED, null, new BigDecimal("1.50"), null, null));

    private static CreateTaxAssociationCommand command(String code, TaxEntityType type, String entityId,
                                                       String externalCustomerId, Currency currency) {
        return new CreateTaxAssociationCommand(code, type, entityId, externalCustomerId, 2, true, currency, null,
                null, null);
    }

    @BeforeEach
    void subscription() {
        subscriptions.add(caller.scope(), "sub_1");
    }

    @Test
    void anUnknownSubscriptionIsNotFoundAndNothingIsStored() {
        assertThatThrownBy(() -> service.create(caller, command("VAT", TaxEntityType.SUBSCRIPTION, "sub_nope", null,
                null))).isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_NOT_FOUND));
        assertThat(associations.all()).isEmpty();
    }

    @Test
    void aCustomerNamedByItsExternalIdGetsTheRateOfTheCode() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());

        TaxAssociation created = service.create(caller, command("VAT", null, null, "acme", USD));

        assertThat(created.entityType()).isEqualTo(TaxEntityType.CUSTOMER);
        assertThat(created.entityId()).isEqualTo("cust_1");
        assertThat(created.taxRateId()).isEqualTo(vat.id());
        assertThat(created.priority()).isEqualTo(2);
        assertThat(created.autoApply()).isTrue();
        assertThat(created.audit().createdAt()).isEqualTo(NOW);
        TaxAssociationView view = find.get(caller, created.id());
        assertThat(view.association()).isEqualTo(created);
        assertThat(view.rate()).isEqualTo(vat);
    }

    @Test
    void theTenantIsTheCallersAndMayBeLeftOutAndAutoApplyDefaultsToFalseAsInFlexPrice() {
        TaxAssociation created = service.create(caller, new CreateTaxAssociationCommand("VAT", TaxEntityType.TENANT,
                null, null, null, null, null, null, null, null));

        assertThat(created.entityId()).isEqualTo(caller.scope().tenantId().value());
        assertThat(created.priority()).isZero();
        assertThat(created.autoApply()).isFalse();
        assertThat(fieldsRejected(() -> service.create(caller, command("VAT", TaxEntityType.TENANT, "tenant_other",
                null, null)))).containsExactly("entity_id");
    }

    @Test
    void everyInvalidFieldIsReportedBeforeAnythingIsLookedUp() {
        assertThat(fieldsRejected(() -> service.create(caller, new CreateTaxAssociationCommand(" ", null, null, null,
                -1, true, null, Instant.parse("2024-02-01T00:00:00Z"), Instant.parse("2024-01-01T00:00:00Z"),
                null)))).containsExactly("tax_rate_code", "entity_type", "priority", "end_date");
        assertThat(fieldsRejected(() -> service.create(caller, command("VAT", TaxEntityType.SUBSCRIPTION, " ", null,
                null)))).containsExactly("entity_id");
        assertThat(associations.all()).isEmpty();
    }

    @Test
    void unknownCustomersAndCodesAreNotFoundAndInactiveRatesCannotBeAttached() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());

        assertThatThrownBy(() -> service.create(caller, command("VAT", TaxEntityType.CUSTOMER, "cust_nope", null,
                null))).isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
        assertThatThrownBy(() -> service.create(caller, command("GST", TaxEntityType.CUSTOMER, "cust_1", null, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TAX_RATE_NOT_FOUND));
        assertThat(fieldsRejected(() -> service.create(caller, command("VAT", TaxEntityType.SUBSCRIPTION, "sub_1",
                "acme", null)))).containsExactly("entity_type");
        assertThat(fieldsRejected(() -> service.create(caller, command("VAT", TaxEntityType.CUSTOMER, "cust_2",
                "acme", null)))).containsExactly("entity_id");
        manageRates.update(caller, vat.id(), new UpdateTaxRateCommand(null, null, null, TaxRateStatus.INACTIVE, null));
        assertThat(rejected(() -> service.create(caller, command("VAT", TaxEntityType.CUSTOMER, "cust_1", null, null)))
                .code()).isEqualTo(ErrorCode.TAX_RATE_INACTIVE);
        assertThat(associations.all()).isEmpty();
    }

    @Test
    void aFixedRateIsAttachedOnlyWithACurrency() {
        assertThat(fieldsRejected(() -> service.create(caller, command("FEE", TaxEntityType.SUBSCRIPTION, "sub_1",
                null, null)))).containsExactly("currency");
        assertThat(service.create(caller, command("FEE", TaxEntityType.SUBSCRIPTION, "sub_1", null, USD)).currency())
                .isEqualTo(USD);
    }

    @Test
    void updateChangesPriorityAutoApplyEndAndMetadataAndDeleteHidesIt() {
        TaxAssociation created = service.create(caller, command("VAT", TaxEntityType.SUBSCRIPTION, "sub_1", null,
                null));
        Instant end = Instant.parse("2025-01-01T00:00:00Z");

        assertThat(fieldsRejected(() -> service.update(caller, created.id(), new UpdateTaxAssociationCommand(-1, null,
                created.audit().createdAt(), null)))).containsExactly("priority");
        TaxAssociation updated = service.update(caller, created.id(), new UpdateTaxAssociationCommand(7, false, end,
                null));
        TaxAssociation deleted = service.delete(caller, created.id());

        assertThat(updated.priority()).isEqualTo(7);
        assertThat(updated.autoApply()).isFalse();
        assertThat(updated.endDate()).isEqualTo(end);
        assertThat(deleted.status()).isEqualTo(Status.DELETED);
        assertThatThrownBy(() -> find.get(caller, created.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TAX_ASSOCIATION_NOT_FOUND));
    }

    @Test
    void searchNarrowsByEntityAndRateAndResolvesAnExternalCustomerId() {
        customers.add(aCustomer().id("cust_1").externalId("acme").build());
        TaxAssociation forCustomer = service.create(caller, command("VAT", TaxEntityType.CUSTOMER, "cust_1", null,
                null));
        TaxAssociation forSubscription = service.create(caller, command("FEE", TaxEntityType.SUBSCRIPTION, "sub_1",
                null, USD));

        assertThat(ids(find.search(caller, new Search(null, null, "acme", List.of(), null, PageRequest.first(10)))
                .items())).containsExactly(forCustomer.id().value());
        assertThat(ids(find.search(caller, new Search(TaxEntityType.SUBSCRIPTION, null, null, List.of(), null,
                PageRequest.first(10))).items())).containsExactly(forSubscription.id().value());
        assertThat(ids(find.search(caller, new Search(null, null, null, List.of(fee.id().value()), null,
                PageRequest.first(10))).items())).containsExactly(forSubscription.id().value());
        assertThat(find.search(caller, new Search(null, null, null, List.of(), null, PageRequest.first(10))).items())
                .extracting(TaxAssociationView::rate).containsExactly(fee, vat);
    }

    private static List<String> ids(List<TaxAssociationView> views) {
        return views.stream().map(v -> v.association().id().value()).toList();
    }
}
