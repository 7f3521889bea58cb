package io.flexprice.ports.application.tax;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.money.Money;
import io.flexprice.domain.tax.ApplicableTax;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tax.TaxTarget;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.FakeTaxAssociationRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindApplicableTaxesServiceTest {

    private static final Currency INR = Currency.getInstance("INR");

    private final FakeTaxRateRepository rates = new FakeTaxRateRepository();
    private final FakeTaxAssociationRepository associations = new FakeTaxAssociationRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final ManageTaxRatesService manageRates = new ManageTaxRatesService(rates, associations, transactions,
            ids, CLOCK);
    private final ManageTaxAssociationsService attach = new ManageTaxAssociationsService(associations, rates,
            customers, subscriptions, transactions, ids, CLOCK);
    private final FindApplicableTaxesService service = new FindApplicableTaxesService(associations, rates);
    private final Caller caller = aCaller().build();

    private void rate(String code, String percent) {
        manageRates.create(caller, new CreateTaxRateCommand(code, code, null, TaxRateType.PERCENTAGE,
                new BigDecimal(percent), null, null, null));
    }

    private void attach(String code, TaxEntityType type, String entityId, int priority) {
        attach.create(caller, new CreateTaxAssociationCommand(code, type, entityId, null, priority, true, null, null,
                null, null));
    }

    @Test
    void theSubscriptionsOwnTaxesReplaceTheCustomersWhichReplaceTheTenants() {
        customers.add(aCustomer().id("cust_1").build());
        subscriptions.add(caller.scope(), "sub_1");
        rate("IGST", "18");
        rate("CGST", "9");
        rate("SGST", "9");
        attach("IGST", TaxEntityType.TENANT, null, 0);
        attach("SGST", TaxEntityType.CUSTOMER, "cust_1", 1);
        attach("CGST", TaxEntityType.CUSTOMER, "cust_1", 0);
        TaxTarget sub1 = new TaxTarget(caller.scope(), "cust_1", "sub_1");
        TaxTarget ofAnotherCustomer = new TaxTarget(caller.scope(), "cust_2", "sub_2");

        List<ApplicableTax> customerLevel = service.applicableTaxes(sub1, INR, NOW);

        assertThat(codes(customerLevel)).containsExactly("CGST", "SGST");
        // 1000.00 INR: 9 % + 9 % = 90.00 + 90.00
        assertThat(customerLevel.stream().map(t -> t.taxOn(new Money(new BigDecimal("1000.00"), INR)))
                .reduce(Money.zero(INR), Money::plus)).isEqualTo(new Money(new BigDecimal("180"), INR));
        assertThat(codes(service.applicableTaxes(ofAnotherCustomer, INR, NOW))).containsExactly("IGST");
        attach("IGST", TaxEntityType.SUBSCRIPTION, "sub_1", 0);
        assertThat(codes(service.applicableTaxes(sub1, INR, NOW))).containsExactly("IGST");
        assertThat(service.applicableTaxes(new TaxTarget(OTHER_ENVIRONMENT, "cust_1", "sub_1"), INR, NOW)).isEmpty();
    }

    private static List<String> codes(List<ApplicableTax> taxes) {
        return taxes.stream().map(t -> t.rate().code()).toList();
    }
}
