package io.flexprice.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import io.flexprice.bootstrap.wiring.CoreModule;
import io.flexprice.bootstrap.wiring.InMemoryStorageModule;
import io.flexprice.bootstrap.wiring.InProcessMessagingModule;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.billing.BillingRunSummary;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The billing loop example of domain/README.md, as written there. */
class EmbeddedBillingLoopReadmeExampleTest {

    @Test
    void theReadmeLoopBillsMarchsUsageWithAprilsFeeAfterTheFirstInvoice() {
        Scope scope = Scope.of("tenant_1", "env_1");
        Caller caller = new Caller(scope, "admin");
        Clock clock = Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC);
        Currency usd = Currency.getInstance("USD");
        Audit audit = Audit.createdBy("admin", clock.instant());
        // the application services over in-memory adapters: no server, no database
        Injector flexprice = Guice.createInjector(new CoreModule(clock), new InMemoryStorageModule(),
                new InProcessMessagingModule());
        var customers = flexprice.getInstance(CustomerRepository.class);
        var meters = flexprice.getInstance(MeterRepository.class);
        var events = flexprice.getInstance(EventRepository.class);
        var invoices = flexprice.getInstance(InvoiceRepository.class);
        var plans = flexprice.getInstance(ManagePlansUseCase.class);
        var subscribing = flexprice.getInstance(ManageSubscriptionsUseCase.class);
        var billing = flexprice.getInstance(BillSubscriptionPeriodsUseCase.class);
        var loop = flexprice.getInstance(BillDueSubscriptionsUseCase.class);

        // the catalog: a customer, a meter summing "tokens", a plan with a 49.00 fee in advance and 0.01 a token
        customers.insert(new Customer(CustomerId.of("cust_1"), scope, "acme", "Acme", null, null, null, null, null,
                Status.PUBLISHED, audit));
        meters.insert(new Meter(MeterId.of("meter_1"), scope, "Tokens", "llm_call",
                Aggregation.of(AggregationType.SUM, "tokens"), List.of(), ResetUsage.BILLING_PERIOD, Status.PUBLISHED, audit));
        Price fee = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, usd, new BigDecimal("49.00"), null, List.of(), null,
                BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null);
        Price perToken = new Price(PriceType.USAGE, BillingModel.FLAT_FEE, usd, new BigDecimal("0.01"), null, List.of(),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
        String planId = plans.create(caller,
                new CreatePlanCommand("Pro", null, null, Map.of(), List.of(
                        new CreatePriceCommand(PriceEntityType.PLAN, null, null, null, "Fee", null, Map.of(), fee),
                        new CreatePriceCommand(PriceEntityType.PLAN, null, null, "meter_1", "Tokens", null, Map.of(),
                                perToken)))).plan().id().value();

        // a subscription since March 1st: its first invoice is March's fee in advance, 49.00
        Instant march1 = Instant.parse("2026-03-01T00:00:00Z");
        Subscription subscription = subscribing.create(caller, new CreateSubscriptionCommand("cust_1", null, planId, usd,
                BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, 1, null, march1, null, null, null, null, null, false, null,
                Map.of(), List.of(), List.of(), List.of()));

        // usage in March: 1200 tokens
        Instant used = Instant.parse("2026-03-15T12:00:00Z");
        events.insert(List.of(new Event(scope, EventId.of("e1"), "llm_call", "acme", null, used, null,
                EventProperties.of(Map.<String, Object>of("tokens", new BigDecimal("1200"))), used)));

        // March has ended: the billing loop (what local mode runs every minute) invoices it, once however often it runs:
        // 1200 x 0.01 = 12.00 of tokens, plus April's fee 49.00 in advance = 61.00, finalized as INV-202604-00002
        BillingRunSummary run = loop.billDue(clock.instant(), 100);              // billed 1
        Period march = new Period(march1, Instant.parse("2026-04-01T00:00:00Z"));
        Invoice invoice = invoices.findLiveForPeriod(scope, subscription.id().value(), march,
                BillingReason.SUBSCRIPTION_CYCLE).orElseThrow();

        // first invoice: 49.00 (March in advance); March's: 12.00 + 49.00 = 61.00
        Invoice first = invoices.findLiveForPeriod(scope, subscription.id().value(), march,
                BillingReason.SUBSCRIPTION_CREATE).orElseThrow();
        assertThat(first.amounts().total().amount()).isEqualByComparingTo("49.00");
        assertThat(first.invoiceNumber()).isEqualTo("INV-202604-00001");
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.invoiceNumber()).isEqualTo("INV-202604-00002");
        assertThat(invoice.amounts().total().amount()).isEqualByComparingTo("61.00");
        assertThat(run.billed()).isEqualTo(1);
        assertThat(loop.billDue(clock.instant(), 100).billed()).isZero();
        assertThat(billing.bill(caller, subscription.id().value(), march, true).invoice().id())
                .isEqualTo(invoice.id());
    }
}
