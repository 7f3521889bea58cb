package io.flexprice.ports.application.tax;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tax.UpdateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.tax.TaxRateFilter;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.FakeTaxAssociationRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManageTaxRatesServiceTest {

    private final FakeTaxRateRepository rates = new FakeTaxRateRepository();
    private final FakeTaxAssociationRepository associations = new FakeTaxAssociationRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageTaxRatesService service = new ManageTaxRatesService(rates, associations, transactions, ids,
            CLOCK);
    private final FindTaxRatesService find = new FindTaxRatesService(rates);
    private final ManageTaxAssociationsService attach = new ManageTaxAssociationsService(associations, rates,
            new FakeCustomerRepository(), new FakeSubscriptionRepository(), transactions, ids, CLOCK);
    private final Caller caller = aCaller().build();

    static CreateTaxRateCommand vat(String code) {
        return new CreateTaxRateCommand("VAT", code, "German VAT", TaxRateType.PERCENTAGE, new BigDecimal("19"), null,
                null, Map.of("country", "DE"));
    }

    @Test
    void createStoresAnActiveInternalRate() {
        TaxRate created = service.create(caller, vat("VAT_DE"));

        assertThat(created.id().value()).isEqualTo("taxrate_0001");
        assertThat(created.rateStatus()).isEqualTo(TaxRateStatus.ACTIVE);
        assertThat(created.rateScope()).isEqualTo(TaxRateScope.INTERNAL);
        assertThat(created.audit().createdAt()).isEqualTo(NOW);
        assertThat(find.get(caller, created.id())).isEqualTo(created);
    }

    @Test
    void aLiveCodeIsTakenCaseSensitivelyUntilItsRateIsDeleted() {
        TaxRate first = service.create(caller, vat("VAT_DE"));

        assertThatThrownBy(() -> service.create(caller, vat("VAT_DE")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TAX_RATE_CODE_TAKEN));
        service.create(caller, vat("vat_de"));
        service.delete(caller, first.id());
        assertThat(service.create(caller, vat("VAT_DE")).code()).isEqualTo("VAT_DE");
    }

    @Test
    void createReportsEveryInvalidTerm() {
        assertThat(fieldsRejected(() -> service.create(caller, new CreateTaxRateCommand("", "", null,
                TaxRateType.FIXED, new BigDecimal("5"), null, null, null))))
                .containsExactly("name", "code", "percentage_value", "fixed_value");
        assertThat(rates.all()).isEmpty();
    }

    @Test
    void updateChangesDetailsAndStatusButNeverTheValue() {
        TaxRate created = service.create(caller, vat("VAT_DE"));

        TaxRate updated = service.update(caller, created.id(),
                new UpdateTaxRateCommand(null, "VAT_DE_2024", null, TaxRateStatus.INACTIVE, null));

        assertThat(updated.code()).isEqualTo("VAT_DE_2024");
        assertThat(updated.name()).isEqualTo("VAT");
        assertThat(updated.rateStatus()).isEqualTo(TaxRateStatus.INACTIVE);
        assertThat(updated.percentageValue()).isEqualByComparingTo("19");
        assertThat(fieldsRejected(() -> service.update(caller, created.id(),
                new UpdateTaxRateCommand(" ", " ", null, null, null)))).containsExactly("name", "code");
    }

    @Test
    void aRateAttachedByALiveAssociationCannotBeDeleted() {
        TaxRate created = service.create(caller, vat("VAT_DE"));
        var association = attach.create(caller, new CreateTaxAssociationCommand("VAT_DE", TaxEntityType.TENANT, null,
                null, null, true, null, null, null, null));

        assertThatThrownBy(() -> service.delete(caller, created.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.TAX_RATE_IN_USE));
        attach.delete(caller, association.id());
        service.delete(caller, created.id());

        assertThatThrownBy(() -> find.get(caller, created.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TAX_RATE_NOT_FOUND));
        assertThat(find.search(caller, new TaxRateFilter(List.of(), List.of("VAT_DE"), null, null),
                PageRequest.first(10)).total()).isZero();
    }
}
