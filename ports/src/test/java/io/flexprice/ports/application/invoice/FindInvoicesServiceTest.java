package io.flexprice.ports.application.invoice;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.InvoiceCommands.anInvoice;
import static io.flexprice.ports.testing.InvoiceDrafts.MARCH;
import static io.flexprice.ports.testing.InvoiceDrafts.charges;
import static io.flexprice.ports.testing.InvoiceDrafts.usd;
import static io.flexprice.ports.testing.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.FilterCondition;
import io.flexprice.domain.common.FilterDataType;
import io.flexprice.domain.common.FilterOperator;
import io.flexprice.domain.common.FilterValue;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.application.billing.CatalogCouponsAndTaxes;
import io.flexprice.ports.testing.FakeCouponAssociationRepository;
import io.flexprice.ports.testing.FakeCouponRepository;
import io.flexprice.ports.testing.FakeTaxRateRepository;
import io.flexprice.ports.in.invoice.CreateInvoiceCommand;
import io.flexprice.ports.in.invoice.CustomerInvoiceSummary;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.testing.FakeCreditNoteRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakePaymentRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.Fixtures;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FindInvoicesServiceTest {

    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final FakeSequenceRepository sequences = new FakeSequenceRepository();
    private final Caller caller = aCaller().build();

    private ManageInvoicesService manage(Clock clock) {
        return new ManageInvoicesService(invoices, new FakePaymentRepository(), new FakeCreditNoteRepository(),
                customers, drafts, new CatalogCouponsAndTaxes(new FakeCouponRepository(), new FakeCouponAssociationRepository(),
                new FakeTaxRateRepository(), clock), new BillSubscriptionPeriodsService(invoices,
                drafts, sequences, InvoiceSettings.DEFAULTS, transactions, ids, clock), sequences,
                InvoiceSettings.DEFAULTS, transactions, ids, clock);
    }

    private FindInvoicesService find() {
        return new FindInvoicesService(invoices, customers, drafts, ids, CLOCK);
    }

    @Test
    void aPreviewIsTheSubscriptionsChargesAsADraftThatIsNotStored() {
        drafts.charges("sub_1", charges(MARCH, "49.00", "0.505"));

        Invoice preview = find().preview(caller, "sub_1", null);

        // 49.00 + 0.51 (0.505 half up)
        assertThat(preview.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(preview.period()).isEqualTo(MARCH);
        assertThat(preview.amounts().total()).isEqualTo(usd("49.51"));
        assertThat(invoices.all()).isEmpty();
        assertThat(drafts.asked()).containsExactly((io.flexprice.domain.billing.Period) null);
    }

    @Test
    void theCustomerSummarySumsTheCustomersInvoicesPerCurrency() {
        customers.add(aCustomer().build());
        // due tomorrow (NOW + 1 day): not overdue at NOW, overdue 2 days later
        ManageInvoicesService manage = manage(CLOCK);
        CreateInvoiceCommand.Line usage = new CreateInvoiceCommand.Line(null, PriceType.USAGE, null, null, null, null,
                null, "Tokens", BigDecimal.TEN, new BigDecimal("7.00"), null, null, Map.of());
        manage.create(caller, anInvoice().line("10.00").line(usage).build());            // 17.00 unpaid
        manage.create(caller, anInvoice().line("20.00").amountPaid("5.00").build());     // 20.00, 15.00 unpaid
        manage.create(caller, anInvoice().line("30.00").paymentStatus(PaymentStatus.SUCCEEDED).build()); // paid
        Invoice voided = manage.create(caller, anInvoice().line("1000.00").build());
        manage.voidInvoice(caller, voided.id(), null);                                   // not counted
        manage.create(caller, anInvoice().currency("eur").line("3.00").status(InvoiceStatus.DRAFT).build());

        CustomerInvoiceSummary summary = new FindInvoicesService(invoices, customers, drafts, ids,
                Fixtures.clockAt(Fixtures.NOW.plusSeconds(2 * 86_400))).customerSummary(caller,
                CustomerId.of("cust_stored_1"));

        assertThat(summary.customerId()).isEqualTo("cust_stored_1");
        assertThat(summary.defaultCurrency()).isEqualTo("eur"); // the newest invoice's
        assertThat(summary.summaries()).extracting(CustomerInvoiceSummary.CurrencySummary::currency)
                .containsExactly("eur", "usd");
        CustomerInvoiceSummary.CurrencySummary usd = summary.summaries().get(1);
        // revenue 17 + 20 + 30 = 67; unpaid 17 + 15 = 32, both overdue; unpaid lines: usage 7, fixed 10 + 20 = 30
        assertThat(usd.totalRevenue()).isEqualTo(usd("67.00"));
        assertThat(usd.totalInvoiceCount()).isEqualTo(3);
        assertThat(usd.totalUnpaid()).isEqualTo(usd("32.00"));
        assertThat(usd.unpaidInvoiceCount()).isEqualTo(2);
        assertThat(usd.totalOverdue()).isEqualTo(usd("32.00"));
        assertThat(usd.overdueInvoiceCount()).isEqualTo(2);
        assertThat(usd.unpaidUsageCharges()).isEqualTo(usd("7.00"));
        assertThat(usd.unpaidFixedCharges()).isEqualTo(usd("30.00"));
        CustomerInvoiceSummary.CurrencySummary eur = summary.summaries().get(0);
        assertThat(eur.totalUnpaid().amount()).isEqualByComparingTo("3.00");
        assertThat(eur.overdueInvoiceCount()).isZero(); // a draft has no due date
    }

    @Test
    void theSummaryOfAnUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> find().customerSummary(caller,
                CustomerId.of("cust_nobody"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void searchAndGetStayInTheCallersScope() {
        customers.add(aCustomer().build());
        Invoice invoice = manage(CLOCK).create(caller, anInvoice().line("1.00").build());
        Caller elsewhere = aCaller().in(OTHER_ENVIRONMENT).build();
        FindInvoicesService find = find();

        assertThat(find.get(caller, invoice.id())).isEqualTo(invoice);
        assertThat(find.search(caller, InvoiceFilter.ALL, PageRequest.first(10)).items()).containsExactly(invoice);
        assertThat(find.search(elsewhere, InvoiceFilter.ALL, PageRequest.first(10)).items()).isEmpty();
        assertThatThrownBy(() -> find.get(elsewhere, invoice.id())).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVOICE_NOT_FOUND));
        assertThat(find.search(caller, new InvoiceFilter(null, null, null, null, List.of(InvoiceStatus.DRAFT), null,
                null, null, null, null, null, null), PageRequest.first(10)).items()).isEmpty();
    }

    @Test
    void searchByExternalCustomerIdNarrowsToThatCustomerAndAnUnknownOneIsNotFound() {
        customers.add(aCustomer().build());                                  // cust_stored_1, external id acme
        customers.add(aCustomer().id("cust_2").externalId("globex").build());
        ManageInvoicesService manage = manage(CLOCK);
        Invoice acme = manage.create(caller, anInvoice().line("1.00").build());
        manage.create(caller, anInvoice().customer("cust_2").line("2.00").build());
        FindInvoicesService find = find();

        assertThat(find.searchByExternalCustomerId(caller, "acme", InvoiceFilter.ALL, PageRequest.first(10)).items())
                .containsExactly(acme);
        assertThat(find.searchByExternalCustomerId(caller, "acme", InvoiceFilter.ofCustomer("cust_2"),
                PageRequest.first(10)).total()).isZero();
        // with FlexPrice's filters too: they narrow the customer's invoices further
        Invoice larger = manage.create(caller, anInvoice().line("5.00").build());
        SearchConditions above = new SearchConditions(List.of(new FilterCondition("amount_due", FilterOperator.GT,
                FilterDataType.NUMBER, FilterValue.ofNumber(new BigDecimal("2")))), List.of());
        assertThat(find.searchByExternalCustomerId(caller, "acme", new InvoiceFilter(null, null, null, null, null, null,
                null, null, null, null, null, null, above), PageRequest.first(10)).items()).containsExactly(larger);
        assertThatThrownBy(() -> find.searchByExternalCustomerId(caller, "nobody", InvoiceFilter.ALL,
                PageRequest.first(10))).isInstanceOfSatisfying(NotFoundException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
    }
}
