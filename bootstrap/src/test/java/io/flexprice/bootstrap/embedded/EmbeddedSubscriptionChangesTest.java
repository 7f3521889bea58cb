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
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.creditnote.CreditNote;
import io.flexprice.domain.creditnote.CreditNoteReason;
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
import io.flexprice.domain.subscription.AddonAssociation;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.addon.ManageAddonsService;
import io.flexprice.ports.application.billing.BillingSubscriptionsService;
import io.flexprice.ports.application.billing.SubscriptionPeriodDrafts;
import io.flexprice.ports.application.common.UlidIdGenerator;
import io.flexprice.ports.application.coupon.AttachCouponService;
import io.flexprice.ports.application.coupon.ManageCouponsService;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.application.subscription.FindSubscriptionsService;
import io.flexprice.ports.application.subscription.ManageSubscriptionsService;
import io.flexprice.ports.application.tax.FindApplicableTaxesService;
import io.flexprice.ports.application.tax.ManageTaxAssociationsService;
import io.flexprice.ports.application.tax.ManageTaxRatesService;
import io.flexprice.ports.in.addon.CreateAddonCommand;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.subscription.AddAddonCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase.AddonChange;
import io.flexprice.ports.in.subscription.PauseSubscriptionCommand;
import io.flexprice.ports.in.tax.CreateTaxAssociationCommand;
import io.flexprice.ports.in.tax.CreateTaxRateCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.InvoiceFilter;
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
 * Changes inside a billing period that bill through the PRORATION path, embedded over the in-memory adapters with a
 * clock the test moves: addons added and removed, pauses and resumptions. Amounts are computed by hand in the
 * comments.
 *
 * <p>The catalog: plan "Basic" with a 30.00 USD monthly fee in advance; addon "Priority support"
 * (multiple_instance) with a 10.00 USD monthly fee in advance and a 12.00 EUR one the subscription cannot bill;
 * addon "Onboarding" (onetime) with a one-time 5.00 USD fee in advance. The subscription starts
 * 2026-04-01T00:00Z, monthly, anniversary, UTC: April is 30 days. No coupon, no tax.
 */
class EmbeddedSubscriptionChangesTest {

    private static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant APRIL_1 = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant APRIL_11 = Instant.parse("2026-04-11T00:00:00Z");
    private static final Instant APRIL_21 = Instant.parse("2026-04-21T00:00:00Z");
    private static final Instant MAY_1 = Instant.parse("2026-05-01T00:00:00Z");
    private static final Period APRIL = new Period(APRIL_1, MAY_1);

    private final EmbeddedBillingLoopTest.MovableClock clock = new EmbeddedBillingLoopTest.MovableClock(APRIL_1);
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
            new ManageSubscriptionsService(subscriptions, cursors, customers, plans, prices, addons, meters, events,
                    transactions, ids, clock),
            billing, new AttachCouponService(coupons, couponAssociations, transactions, ids, clock), coupons,
            couponAssociations, taxes, plans, meters, invoices, creditNotes,
            new ManageCreditNotesService(creditNotes, invoices, sequences, InvoiceSettings.DEFAULTS, transactions, ids,
                    clock), transactions, clock);
    private final FindSubscriptionsService find = new FindSubscriptionsService(subscriptions, customers, plans, meters,
            events, clock);

    private String planId;
    private String supportId;
    private String onboardingId;

    private void catalog() {
        Audit audit = Audit.createdBy("admin", APRIL_1);
        customers.insert(new Customer(CustomerId.of("cust_1"), SCOPE, "acme", "Acme", null, null, ZoneId.of("UTC"),
                null, null, Status.PUBLISHED, audit));
        planId = new ManagePlansService(plans, prices, meters, transactions, ids, clock).create(caller,
                new CreatePlanCommand("Basic", null, null, Map.of(), List.of(new CreatePriceCommand(
                        PriceEntityType.PLAN, null, null, null, "Platform fee", null, Map.of(),
                        monthly(USD, "30.00"))))).plan().id().value();
        ManageAddonsService manageAddons = new ManageAddonsService(addons, prices, meters, transactions, ids, clock);
        supportId = manageAddons.create(caller, new CreateAddonCommand("Priority support", null, "support",
                AddonType.MULTIPLE_INSTANCE, Map.of(), List.of(
                        new CreatePriceCommand(PriceEntityType.ADDON, null, null, null, "Support", null, Map.of(),
                                monthly(USD, "10.00")),
                        new CreatePriceCommand(PriceEntityType.ADDON, null, null, null, "Support (EUR)", null,
                                Map.of(), monthly(EUR, "12.00"))))).addon().id().value();
        Price setup = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, USD, new BigDecimal("5.00"), null, List.of(),
                null, BillingCadence.ONETIME, null, 1, InvoiceCadence.ADVANCE, null);
        onboardingId = manageAddons.create(caller, new CreateAddonCommand("Onboarding", null, "onboarding",
                AddonType.ONETIME, Map.of(), List.of(new CreatePriceCommand(PriceEntityType.ADDON, null, null, null,
                        "Onboarding", null, Map.of(), setup)))).addon().id().value();
    }

    private static Price monthly(Currency currency, String amount) {
        return new Price(PriceType.FIXED, BillingModel.FLAT_FEE, currency, new BigDecimal(amount), null, List.of(),
                null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null);
    }

    private Subscription subscribe() {
        return subscribing.create(caller, new CreateSubscriptionCommand("cust_1", null, planId, USD,
                BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, 1, null, APRIL_1, null, null, null, null, null,
                false, null, Map.of(), List.of(), List.of(), List.of()));
    }

    private Invoice invoiceFor(Subscription subscription, BillingReason reason, Period period) {
        return invoices.findLiveForPeriod(SCOPE, subscription.id().value(), period, reason).orElseThrow();
    }

    private List<Invoice> invoicesOf(Subscription subscription) {
        return invoices.search(SCOPE, new InvoiceFilter(null, null, subscription.id().value(), null, null, null,
                null, null, null, null, null, null), PageRequest.first(PageRequest.MAX_LIMIT)).items();
    }

    @Test
    void anAddonAddedOnTheEleventhIsInvoicedForTheTwentyDaysLeftAndCreditedForTheTenAfterItsRemoval() {
        catalog();
        Subscription subscription = subscribe(); // April in advance: 30.00
        clock.moveTo(APRIL_11);

        AddonChange added = subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), supportId,
                null, Map.of("seat", "7")));

        // one line: the USD price only (the EUR one is not in the subscription's currency)
        assertThat(added.association().lineItemIds()).hasSize(1);
        assertThat(added.association().active()).isTrue();
        assertThat(added.association().metadata().values()).containsExactly(Map.entry("seat", "7"));
        // [April 11, May 1) = 20 of April's 30 days: 10.00 x 20/30 = 6.666... -> 6.67
        Invoice proration = invoiceFor(subscription, BillingReason.PRORATION, new Period(APRIL_11, MAY_1));
        assertThat(proration.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(proration.lineItems()).hasSize(1);
        assertThat(proration.lineItems().get(0).entityType()).isEqualTo("addon");
        assertThat(proration.amounts().total().amount()).isEqualByComparingTo("6.67");

        clock.moveTo(APRIL_21);
        AddonChange removed = subscribing.removeAddon(caller, added.association().id(), "not needed");

        assertThat(removed.association().active()).isFalse();
        assertThat(removed.association().endDate()).isEqualTo(APRIL_21);
        // unused: [April 21, May 1) = 10 of 30 days: 10.00 x 10/30 = 3.333...; given back on the PRORATION
        // invoice's line (6.67) in that proportion: 6.67 x 3.333.../6.67 = 3.333... -> 3.33
        List<CreditNote> notes = creditNotes.findByInvoice(SCOPE, proration.id());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).reason()).isEqualTo(CreditNoteReason.ORDER_CHANGE);
        assertThat(notes.get(0).totalAmount().amount()).isEqualByComparingTo("3.33");
        // nothing else was invoiced: the first invoice and the proration
        assertThat(invoicesOf(subscription)).hasSize(2);
        assertThat(find.addonAssociations(caller, subscription.id())).extracting(AddonAssociation::active)
                .containsExactly(false);
        assertThatThrownBy(() -> subscribing.removeAddon(caller, added.association().id(), null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theNextPeriodChargesARunningAddonInFullInAdvance() {
        catalog();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);
        subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), supportId, null, Map.of()));
        clock.moveTo(MAY_1.plusSeconds(5));

        // April's cycle invoice: May's fees in advance, 30.00 + 10.00 = 40.00 (April's addon share is on the
        // PRORATION invoice, not charged again)
        Invoice cycle = billing.bill(caller, subscription.id().value(), APRIL, true).invoice();
        assertThat(cycle.amounts().total().amount()).isEqualByComparingTo("40.00");
    }

    @Test
    void aOnetimeAddonIsChargedOnceInFullAndCannotBeAddedTwiceWhileAMultipleInstanceOneCan() {
        catalog();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);

        subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), onboardingId, null, Map.of()));

        // one-time 5.00, in full, not prorated
        assertThat(invoiceFor(subscription, BillingReason.PRORATION, new Period(APRIL_11, MAY_1)).amounts().total()
                .amount()).isEqualByComparingTo("5.00");
        assertThatThrownBy(() -> subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(),
                onboardingId, null, Map.of()))).isInstanceOf(ConflictException.class);

        clock.moveTo(APRIL_21);
        subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), supportId, null, Map.of()));
        clock.moveTo(APRIL_21.plusSeconds(3600));
        subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), supportId, null, Map.of()));
        assertThat(find.addonAssociations(caller, subscription.id())).hasSize(3);
        // the next period charges neither the one-time fee again nor less than both instances:
        // May in advance: 30.00 + 10.00 + 10.00 = 50.00
        clock.moveTo(MAY_1.plusSeconds(5));
        assertThat(billing.bill(caller, subscription.id().value(), APRIL, true).invoice().amounts().total().amount())
                .isEqualByComparingTo("50.00");
    }

    @Test
    void pausingForTenDaysMidPeriodCreditsThemOnTheAdvanceInvoice() {
        catalog();
        Subscription subscription = subscribe(); // April in advance: 30.00
        clock.moveTo(APRIL_11);

        subscribing.pause(caller, subscription.id(), new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, null,
                10, null, Map.of(), false));

        // paused [April 11, April 21) = 10 of 30 days: 30.00 x 10/30 = 10.00 back on the first invoice's line
        Invoice first = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CREATE, APRIL);
        List<CreditNote> notes = creditNotes.findByInvoice(SCOPE, first.id());
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).totalAmount().amount()).isEqualByComparingTo("10.00");
        assertThat(invoicesOf(subscription)).hasSize(1);
    }

    @Test
    void resumingAnOpenPauseChargesTheRestOfThePeriodAgain() {
        catalog();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);
        subscribing.pause(caller, subscription.id(), new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, null,
                null, null, Map.of(), false));
        // open pause from April 11: [April 11, May 1) = 20 of 30 days: 30.00 x 20/30 = 20.00 credited
        Invoice first = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CREATE, APRIL);
        assertThat(creditNotes.findByInvoice(SCOPE, first.id())).singleElement()
                .satisfies(note -> assertThat(note.totalAmount().amount()).isEqualByComparingTo("20.00"));

        clock.moveTo(APRIL_21);
        subscribing.resume(caller, subscription.id(), ResumeMode.IMMEDIATE, false);

        // running again [April 21, May 1) = 10 of 30 days: 30.00 x 10/30 = 10.00 as a PRORATION invoice
        Invoice proration = invoiceFor(subscription, BillingReason.PRORATION, new Period(APRIL_21, MAY_1));
        assertThat(proration.amounts().total().amount()).isEqualByComparingTo("10.00");
    }

    @Test
    void anAddonsUsagePriceIsBilledWithThePeriodLikeAnyUsageLine() {
        catalog();
        Audit audit = Audit.createdBy("admin", APRIL_1);
        meters.insert(new Meter(MeterId.of("meter_tokens"), SCOPE, "Tokens", "llm_call",
                Aggregation.of(AggregationType.SUM, "tokens"), List.of(), ResetUsage.BILLING_PERIOD, Status.PUBLISHED,
                audit));
        Price perToken = new Price(PriceType.USAGE, BillingModel.FLAT_FEE, USD, new BigDecimal("0.01"), null,
                List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
        String tokensId = new ManageAddonsService(addons, prices, meters, transactions, ids, clock).create(caller,
                new CreateAddonCommand("Extra tokens", null, "tokens", AddonType.MULTIPLE_INSTANCE, Map.of(),
                        List.of(new CreatePriceCommand(PriceEntityType.ADDON, null, null, "meter_tokens", "Tokens",
                                null, Map.of(), perToken)))).addon().id().value();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);
        subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), tokensId, null, Map.of()));
        // nothing to invoice now: a usage price is billed in arrears with the period
        assertThat(invoicesOf(subscription)).hasSize(1);
        tokens("e0", "2026-04-05T00:00:00Z", 9999); // before the addon's line started: not its usage
        tokens("e1", "2026-04-15T00:00:00Z", 300);
        tokens("e2", "2026-04-30T23:59:59Z", 200);
        clock.moveTo(MAY_1.plusSeconds(5));

        // April's cycle invoice: tokens [April 11, May 1) 500 x 0.01 = 5.00, May's fee 30.00: 35.00
        Invoice cycle = billing.bill(caller, subscription.id().value(), APRIL, true).invoice();
        assertThat(cycle.lineItems()).extracting(line -> line.displayName() + " " + line.quantity().toPlainString())
                .contains("Tokens 500");
        assertThat(cycle.amounts().total().amount()).isEqualByComparingTo("35.00");
    }

    private void tokens(String id, String at, int tokens) {
        Instant timestamp = Instant.parse(at);
        events.insert(List.of(new Event(SCOPE, EventId.of(id), "llm_call", "acme", null, timestamp, null,
                EventProperties.of(Map.<String, Object>of("tokens", BigDecimal.valueOf(tokens))), timestamp)));
    }

    @Test
    void anAddonWithNoPriceTheSubscriptionCanBillIsRefusedAndOneStartingNextPeriodBillsNothingNow() {
        catalog();
        String euroOnly = new ManageAddonsService(addons, prices, meters, transactions, ids, clock).create(caller,
                new CreateAddonCommand("Euro support", null, "euro", AddonType.MULTIPLE_INSTANCE, Map.of(),
                        List.of(new CreatePriceCommand(PriceEntityType.ADDON, null, null, null, "Support", null,
                                Map.of(), monthly(EUR, "12.00"))))).addon().id().value();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);

        assertThatThrownBy(() -> subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(),
                euroOnly, null, Map.of()))).isInstanceOf(ValidationException.class);
        AddonChange later = subscribing.addAddon(caller, new AddAddonCommand(subscription.id().value(), supportId,
                MAY_1, Map.of()));

        assertThat(later.association().startDate()).isEqualTo(MAY_1);
        assertThat(find.addonAssociations(caller, subscription.id())).hasSize(1);
        assertThat(invoicesOf(subscription)).as("only the first invoice").hasSize(1);
        // May in advance with the addon from May 1: 30.00 + 10.00 = 40.00
        clock.moveTo(MAY_1.plusSeconds(5));
        assertThat(billing.bill(caller, subscription.id().value(), APRIL, true).invoice().amounts().total().amount())
                .isEqualByComparingTo("40.00");
    }

    @Test
    void aDryRunPauseBillsNothing() {
        catalog();
        Subscription subscription = subscribe();
        clock.moveTo(APRIL_11);
        subscribing.pause(caller, subscription.id(), new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, null,
                10, null, Map.of(), true));
        Invoice first = invoiceFor(subscription, BillingReason.SUBSCRIPTION_CREATE, APRIL);
        assertThat(creditNotes.findByInvoice(SCOPE, first.id())).isEmpty();
    }
}
