package io.flexprice.bootstrap.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.inmemory.InMemoryAddonRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryBillingCursorRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCouponAssociationRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCouponRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCreditNoteRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCustomerRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEventStore;
import io.flexprice.adapters.storage.inmemory.InMemoryInvoiceRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryMeterRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryPlanRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryPriceRepository;
import io.flexprice.adapters.storage.inmemory.InMemorySequenceRepository;
import io.flexprice.adapters.storage.inmemory.InMemorySubscriptionRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTaxAssociationRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTaxRateRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTransactions;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteType;
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
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.billing.BillingSubscriptionsService;
import io.flexprice.ports.application.billing.SubscriptionPeriodDrafts;
import io.flexprice.ports.application.common.UlidIdGenerator;
import io.flexprice.ports.application.coupon.AttachCouponService;
import io.flexprice.ports.application.coupon.ManageCouponsService;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.application.subscription.ManageSubscriptionsService;
import io.flexprice.ports.application.tax.FindApplicableTaxesService;
import io.flexprice.ports.application.tax.ManageTaxAssociationsService;
import io.flexprice.ports.application.tax.ManageTaxRatesService;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The whole billing loop embedded: plan, subscription, usage, invoices and credit notes, with the real application
 * services over the in-memory adapters and a clock the test moves. Amounts are computed by hand in the comments.
 *
 * <p>The catalog: plan "Pro" with a 62.00 USD monthly fee in advance and tokens priced in slabs (the first 1000 at
 * 0.01, the rest at 0.005) in arrears; a 10% coupon for 3 periods; VAT 19% on the customer. The subscription starts
 * 2026-03-01T00:00Z, monthly, anniversary, UTC: March is 31 days.
 */
class EmbeddedBillingLoopTest {

    private static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");
    private static final Period MARCH = new Period(MARCH_1, Instant.parse("2026-04-01T00:00:00Z"));

    private final MovableClock clock = new MovableClock(MARCH_1);
    private final Caller caller = new Caller(SCOPE, "admin");
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryMeterRepository meters = new InMemoryMeterRepository();
    private final InMemoryPlanRepository plans = new InMemoryPlanRepository();
    private final InMemoryPriceRepository prices = new InMemoryPriceRepository();
    private final InMemoryAddonRepository addons = new InMemoryAddonRepository();
    private final InMemorySubscriptionRepository subscriptions = new InMemorySubscriptionRepository();
    private final InMemoryBillingCursorRepository cursors = new InMemoryBillingCursorRepository();
    private final InMemoryEventStore events = new InMemoryEventStore();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryCreditNoteRepository creditNotes = new InMemoryCreditNoteRepository();
    private final InMemoryCouponRepository coupons = new InMemoryCouponRepository();
    private final InMemoryCouponAssociationRepository couponAssociations = new InMemoryCouponAssociationRepository();
    private final InMemoryTaxRateRepository taxRates = new InMemoryTaxRateRepository();
    private final InMemoryTaxAssociationRepository taxAssociations = new InMemoryTaxAssociationRepository();
    private final InMemorySequenceRepository sequences = new InMemorySequenceRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final UlidIdGenerator ids = new UlidIdGenerator(clock);

    private final FindApplicableTaxesService taxes = new FindApplicableTaxesService(taxAssociations, taxRates);
    private final BillSubscriptionPeriodsService billing = new BillSubscriptionPeriodsService(invoices,
            new SubscriptionPeriodDrafts(subscriptions, customers, plans, meters, events, couponAssociations, coupons,
                    taxes, clock), sequences, InvoiceSettings.DEFAULTS, transactions, ids, clock);
    private final BillingSubscriptionsService subscribing = new BillingSubscriptionsService(
            new ManageSubscriptionsService(subscriptions, cursors, customers, plans, prices, addons, meters, events, transactions, ids,
                    clock),
            billing, new AttachCouponService(coupons, couponAssociations, transactions, ids, clock), coupons,
            couponAssociations, taxes, plans, meters, invoices, creditNotes,
            new ManageCreditNotesService(creditNotes, invoices, sequences, InvoiceSettings.DEFAULTS, transactions, ids,
                    clock), transactions, clock);

    private String planId;
    private String couponId;

    private void catalog(int maxRedemptions) {
        Audit audit = Audit.createdBy("admin", MARCH_1);
        customers.insert(new Customer(CustomerId.of("cust_1"), SCOPE, "acme", "Acme", null, null, ZoneId.of("UTC"),
                null, null, Status.PUBLISHED, audit));
        meters.insert(new Meter(MeterId.of("meter_tokens"), SCOPE, "Tokens", "llm_call",
                Aggregation.of(AggregationType.SUM, "tokens"), List.of(), ResetUsage.BILLING_PERIOD, Status.PUBLISHED,
                audit));
        Price fee = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, USD, new BigDecimal("62.00"), null, List.of(),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null);
        Price tokens = new Price(PriceType.USAGE, BillingModel.TIERED, USD, null, TierMode.SLAB,
                List.of(new PriceTier(new BigDecimal("1000"), new BigDecimal("0.01"), null),
                        new PriceTier(null, new BigDecimal("0.005"), null)),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
        planId = new ManagePlansService(plans, prices, meters, transactions, ids, clock).create(caller,
                new CreatePlanCommand("Pro", null, null, Map.of(), List.of(
                        new CreatePriceCommand(PriceEntityType.PLAN, null, null, null, "Platform fee", null, Map.of(),
                                fee),
                        new CreatePriceCommand(PriceEntityType.PLAN, null, null, "meter_tokens", "Tokens", null,
                                Map.of(), tokens)))).plan().id().value();
        Coupon coupon = new ManageCouponsService(coupons, transactions, ids, clock).create(caller,
                new CreateCouponCommand("Launch", CouponType.PERCENTAGE, null, new BigDecimal("10"), null,
                        CouponCadence.REPEATED, 3, null, null, maxRedemptions, Map.of(), Map.of()));
        couponId = coupon.id().value();
        new ManageTaxRatesService(taxRates, taxAssociations, transactions, ids, clock).create(caller,
                new CreateTaxRateCommand("VAT", "VAT19", null, TaxRateType.PERCENTAGE, new BigDecimal("19"), null,
                        null, Map.of()));
        new ManageTaxAssociationsService(taxAssociations, taxRates, customers, subscriptions, transactions, ids,
                clock).create(
                caller, new CreateTaxAssociationCommand("VAT19", TaxEntityType.CUSTOMER, "cust_1", null, 1, true,
                        null, null, null, Map.of()));
    }

    private Subscription subscribe(List<String> couponIds) {
        return subscribing.create(caller, new CreateSubscriptionCommand("cust_1", null, planId, USD,
                BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, 1, null, MARCH_1, null, null, null, null, null,
                false, null, Map.of(), List.of(), List.of(), couponIds));
    }

    private void tokens(String id, String at, int tokens) {
        Instant timestamp = Instant.parse(at);
        events.insert(List.of(new Event(SCOPE, EventId.of(id), "llm_call", "acme", null, timestamp, null,
                EventProperties.of(Map.<String, Object>of("tokens", BigDecimal.valueOf(tokens))), timestamp)));
    }

    private Invoice invoiceFor(Subscription subscription, BillingReason reason, Period period) {
        return invoices.findLiveForPeriod(SCOPE, subscription.id().value(), period, reason).orElseThrow();
    }

    @Test
    void aMonthWithACouponAndVatBillsTheFeeInAdvanceThenTheUsageWithTheNextFee() {
        catalog(100);
        Subscription subscription = subscribe(List.of(couponId));

        // first invoice, March in advance: fee 62.00; 10% off 6.20; taxable 55.80; VAT 19% 10.602 -> 10.60;
        // total 55.80 + 10.60 = 66.40
        Invoice first = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CREATE, MARCH);
        assertThat(first.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(first.invoiceNumber()).isEqualTo("INV-202603-00001");
        assertThat(first.amounts().subtotal().amount()).isEqualByComparingTo("62.00");
        assertThat(first.amounts().totalDiscount().amount()).isEqualByComparingTo("6.20");
        assertThat(first.amounts().totalTax().amount()).isEqualByComparingTo("10.60");
        assertThat(first.amounts().total().amount()).isEqualByComparingTo("66.40");

        tokens("e1", "2026-03-10T12:00:00Z", 900);
        tokens("e2", "2026-03-31T23:59:59Z", 600);
        tokens("e3", "2026-04-01T00:00:00Z", 5000); // April's: not March's usage
        clock.moveTo(Instant.parse("2026-04-01T00:00:05Z"));

        // March closed: tokens 1500 = 1000 x 0.01 + 500 x 0.005 = 12.50; April's fee 62.00 in advance;
        // subtotal 74.50; 10% off (period 1 of 3) 7.45; taxable 67.05; VAT 12.7395 -> 12.74; total 79.79
        PeriodInvoice march = billing.bill(caller, subscription.id().value(), MARCH, true);
        assertThat(march.created()).isTrue();
        Invoice closed = march.invoice();
        assertThat(closed.billingReason()).isEqualTo(BillingReason.SUBSCRIPTION_CYCLE);
        assertThat(closed.invoiceNumber()).isEqualTo("INV-202604-00001");
        assertThat(closed.lineItems()).extracting(line -> line.amount().amount().toPlainString())
                .containsExactly("12.500000000000", "62.000000000000");
        assertThat(closed.lineItems().get(0).quantity()).isEqualByComparingTo("1500");
        assertThat(closed.lineItems().get(1).period())
                .isEqualTo(new Period(MARCH.end(), Instant.parse("2026-05-01T00:00:00Z")));
        assertThat(closed.amounts().totalDiscount().amount()).isEqualByComparingTo("7.45");
        assertThat(closed.amounts().totalTax().amount()).isEqualByComparingTo("12.74");
        assertThat(closed.amounts().total().amount()).isEqualByComparingTo("79.79");

        // billed again: the same invoice, nothing new
        PeriodInvoice again = billing.bill(caller, subscription.id().value(), MARCH, true);
        assertThat(again.created()).isFalse();
        assertThat(again.invoice().id()).isEqualTo(closed.id());
    }

    @Test
    void cancellingOnTheEleventhBillsTheUsageSoFarAndCreditsTheUnusedTwentyOneDays() {
        catalog(100);
        Subscription subscription = subscribe(List.of(couponId)); // first invoice 66.40, as above
        tokens("e1", "2026-03-10T12:00:00Z", 1500);
        clock.moveTo(Instant.parse("2026-03-11T00:00:00Z"));

        subscribing.cancel(caller, subscription.id(), new CancelSubscriptionCommand(CancellationType.IMMEDIATE,
                null, null));

        // the usage so far, as the period [March 1, March 11)'s cycle invoice: 12.50; 10% off 1.25; taxable 11.25;
        // VAT 2.1375 -> 2.14; total 13.39
        Period settled = new Period(MARCH_1, clock.instant());
        Invoice last = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CYCLE, settled);
        assertThat(last.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(last.amounts().total().amount()).isEqualByComparingTo("13.39");
        // the loop asking for the same period later gets that invoice: never billed twice
        assertThat(billing.bill(caller, subscription.id().value(), settled, true).created()).isFalse();

        // unused: March 11..31 = 21 of 31 days of the fee; the fee's line came to 66.40 with coupon and VAT:
        // 66.40 x 21/31 = 44.98064... -> 44.98, an ADJUSTMENT (the invoice is unpaid): 66.40 - 44.98 = 21.42 due
        Invoice first = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CREATE, MARCH);
        List<CreditNote> notes = creditNotes.findByInvoice(SCOPE, first.id());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).creditNoteType()).isEqualTo(CreditNoteType.ADJUSTMENT);
        assertThat(notes.get(0).totalAmount().amount()).isEqualByComparingTo("44.98");
        assertThat(invoices.findById(SCOPE, first.id()).orElseThrow().amounts().amountDue().amount())
                .isEqualByComparingTo("21.42");
    }

    @Test
    void aCouponPastItsRedemptionLimitRefusesTheSubscriptionAndNothingIsStored() {
        catalog(1);
        subscribe(List.of(couponId));
        int invoicesBefore = invoices.search(SCOPE, io.flexprice.ports.out.invoice.InvoiceFilter.ALL,
                io.flexprice.domain.common.PageRequest.first(100)).items().size();

        assertThatThrownBy(() -> subscribe(List.of(couponId))).isInstanceOf(ConflictException.class);
        assertThat(subscriptions.search(SCOPE, io.flexprice.ports.out.subscription.SubscriptionFilter.ALL_LIVE,
                io.flexprice.domain.common.PageRequest.first(100)).items()).hasSize(1);
        assertThat(invoices.search(SCOPE, io.flexprice.ports.out.invoice.InvoiceFilter.ALL,
                io.flexprice.domain.common.PageRequest.first(100)).items()).hasSize(invoicesBefore);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
