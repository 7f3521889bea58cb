package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.addons.Addon;
import io.flexprice.sdk.addons.AddonType;
import io.flexprice.sdk.addons.CreateAddonParams;
import io.flexprice.sdk.costs.CostAnalytics;
import io.flexprice.sdk.costs.CostAnalyticsParams;
import io.flexprice.sdk.costs.Costsheet;
import io.flexprice.sdk.costs.CostsheetListParams;
import io.flexprice.sdk.costs.CreateCostsheetParams;
import io.flexprice.sdk.costs.UpdateCostsheetParams;
import io.flexprice.sdk.creditnotes.CreateCreditNoteParams;
import io.flexprice.sdk.creditnotes.CreditNote;
import io.flexprice.sdk.creditnotes.CreditNoteListParams;
import io.flexprice.sdk.creditnotes.CreditNoteReason;
import io.flexprice.sdk.creditnotes.CreditNoteStatus;
import io.flexprice.sdk.creditnotes.CreditNoteType;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.entitlements.CreateEntitlementParams;
import io.flexprice.sdk.entitlements.CustomerEntitlements;
import io.flexprice.sdk.entitlements.CustomerUsageParams;
import io.flexprice.sdk.entitlements.CustomerUsageSummary;
import io.flexprice.sdk.entitlements.Entitlement;
import io.flexprice.sdk.entitlements.EntitlementCheck;
import io.flexprice.sdk.entitlements.EntitlementCheckParams;
import io.flexprice.sdk.entitlements.EntitlementListParams;
import io.flexprice.sdk.entitlements.UpdateEntitlementParams;
import io.flexprice.sdk.events.IngestEventParams;
import io.flexprice.sdk.features.Aggregation;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.features.CreateFeatureParams;
import io.flexprice.sdk.features.Feature;
import io.flexprice.sdk.features.FeatureType;
import io.flexprice.sdk.features.MeterParams;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.invoices.BillingReason;
import io.flexprice.sdk.invoices.CreateInvoiceLineItemParams;
import io.flexprice.sdk.invoices.CreateInvoiceParams;
import io.flexprice.sdk.invoices.CustomerInvoiceSummary;
import io.flexprice.sdk.invoices.Invoice;
import io.flexprice.sdk.invoices.InvoiceListParams;
import io.flexprice.sdk.invoices.InvoiceStatus;
import io.flexprice.sdk.invoices.InvoiceType;
import io.flexprice.sdk.invoices.PaymentStatus;
import io.flexprice.sdk.invoices.PreviewInvoiceParams;
import io.flexprice.sdk.invoices.UpdateInvoiceParams;
import io.flexprice.sdk.invoices.UpdatePaymentStatusParams;
import io.flexprice.sdk.invoices.VoidInvoiceParams;
import io.flexprice.sdk.payments.CreatePaymentParams;
import io.flexprice.sdk.payments.Payment;
import io.flexprice.sdk.payments.PaymentListParams;
import io.flexprice.sdk.payments.PaymentMethodType;
import io.flexprice.sdk.payments.UpdatePaymentParams;
import io.flexprice.sdk.plans.CreatePlanParams;
import io.flexprice.sdk.plans.Plan;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.PriceEntityType;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.subscriptions.AddSubscriptionAddonParams;
import io.flexprice.sdk.subscriptions.AddonAssociation;
import io.flexprice.sdk.subscriptions.AddonStatus;
import io.flexprice.sdk.subscriptions.BillingCycle;
import io.flexprice.sdk.subscriptions.CreateSubscriptionParams;
import io.flexprice.sdk.subscriptions.RemoveSubscriptionAddonParams;
import io.flexprice.sdk.wallets.CreateWalletParams;
import io.flexprice.sdk.wallets.DebitWalletParams;
import io.flexprice.sdk.wallets.TopUpResult;
import io.flexprice.sdk.wallets.TopUpWalletParams;
import io.flexprice.sdk.wallets.TransactionReason;
import io.flexprice.sdk.wallets.TransactionStatus;
import io.flexprice.sdk.wallets.TransactionType;
import io.flexprice.sdk.wallets.UpdateWalletParams;
import io.flexprice.sdk.wallets.Wallet;
import io.flexprice.sdk.wallets.WalletBalance;
import io.flexprice.sdk.wallets.WalletListParams;
import io.flexprice.sdk.wallets.WalletStatus;
import io.flexprice.sdk.wallets.WalletTransaction;
import io.flexprice.sdk.wallets.WalletTransactionListParams;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK's invoicing services (invoices, payments, ...) against the running application, on a clock fixed at
 * 2026-04-11T00:00Z. Every operation is called and what comes back is checked; amounts are worked out by hand beside
 * each assertion. Each test uses a customer of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkInvoicingEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-01T00:00:00Z");

    private RunningApplication app;
    private FlexpriceClient flexprice;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        flexprice = FlexpriceClient.builder().apiKey(RunningApplication.DEV_KEY).baseUrl(app.baseUrl())
                .timeout(Duration.ofSeconds(30)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private String customer(String externalId) {
        return flexprice.customers().create(CreateCustomerParams.builder().externalId(externalId)
                .name(externalId).build()).id();
    }

    private static CreateInvoiceLineItemParams line(String amount, String name) {
        return CreateInvoiceLineItemParams.builder().amount(amount).quantity("1").displayName(name)
                .priceType(PriceType.FIXED).build();
    }

    private CreateInvoiceParams.Builder oneOff(String customerId, InvoiceStatus status, String... amounts) {
        CreateInvoiceParams.Builder builder = CreateInvoiceParams.builder().customerId(customerId).currency("usd")
                .invoiceStatus(status).amountDue("0").subtotal("0").total("0");
        for (int i = 0; i < amounts.length; i++) {
            builder.addLineItem(line(amounts[i], "Line " + i));
        }
        return builder;
    }

    private static List<String> fields(ValidationException e) {
        return e.details().stream().map(FieldError::field).toList();
    }

    @Test
    void a_one_off_invoice_is_drafted_updated_finalized_and_paid_in_parts_through_payments_and_a_status_update() {
        String customerId = customer("sdk-inv-paid");
        // 10.005 rounds half up to 10.01; 10.01 + 5.50 = 15.51; the totals sent are ignored
        Invoice draft = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.DRAFT, "10.005", "5.50")
                .putMetadata("po", "42").description("Setup").build());
        assertThat(draft.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(draft.invoiceNumber()).isNull();
        assertThat(draft.subtotal()).isEqualTo(new BigDecimal("15.51"));
        assertThat(draft.total()).isEqualTo(new BigDecimal("15.51"));
        assertThat(draft.amountDue()).isEqualTo(new BigDecimal("15.51"));
        assertThat(draft.currency()).isEqualTo("usd");
        assertThat(draft.lineItems()).extracting(l -> l.amount())
                .containsExactly(new BigDecimal("10.01"), new BigDecimal("5.5"));
        assertThat(draft.metadata()).containsEntry("po", "42");

        Instant due = Instant.parse("2026-05-11T00:00:00Z");
        Invoice updated = flexprice.invoices().update(draft.id(), UpdateInvoiceParams.builder().dueDate(due)
                .invoicePdfUrl("https://pdf.test/inv-1").build());
        assertThat(updated.dueDate()).isEqualTo(due);
        assertThat(updated.invoicePdfUrl()).isEqualTo("https://pdf.test/inv-1");
        assertThat(updated.metadata()).as("left unset: kept").containsEntry("po", "42");

        assertThat(flexprice.invoices().finalizeInvoice(draft.id()).message())
                .isEqualTo("invoice finalized successfully");
        Invoice finalized = flexprice.invoices().get(draft.id());
        assertThat(finalized.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(finalized.invoiceNumber()).matches("INV-202604-\\d{5}");
        assertThat(finalized.finalizedAt()).isEqualTo(NOW);
        assertThat(finalized.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThatThrownBy(() -> flexprice.invoices().finalizeInvoice(draft.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invoice.not_draft"));

        Payment offline = flexprice.payments().create(CreatePaymentParams.builder().amount("5.51").currency("usd")
                .destinationId(draft.id()).paymentMethodType(PaymentMethodType.OFFLINE).putMetadata("ref", "wire-1")
                .build());
        assertThat(offline.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(offline.amount()).isEqualTo(new BigDecimal("5.51"));
        assertThat(offline.destinationId()).isEqualTo(draft.id());
        assertThat(offline.succeededAt()).isEqualTo(NOW);
        // 15.51 - 5.51 = 10.00 remaining
        Invoice part = flexprice.invoices().get(draft.id());
        assertThat(part.amountPaid()).isEqualTo(new BigDecimal("5.51"));
        assertThat(part.amountRemaining()).isEqualByComparingTo("10.00");
        assertThat(part.paymentStatus()).isEqualTo(PaymentStatus.PENDING);

        // 10.01 > the 10.00 remaining
        assertThatThrownBy(() -> flexprice.payments().create(CreatePaymentParams.builder().amount("10.01")
                .currency("usd").destinationId(draft.id()).paymentMethodType(PaymentMethodType.OFFLINE).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("payment.exceeds_amount_remaining");
                    assertThat(fields(e)).containsExactly("amount");
                });

        // a payment left pending changes nothing until it is processed: 10.00 - 4.00 = 6.00 then remains
        Payment pending = flexprice.payments().create(CreatePaymentParams.builder().amount("4.00").currency("usd")
                .destinationId(draft.id()).paymentMethodType(PaymentMethodType.OFFLINE).processPayment(false)
                .build());
        assertThat(pending.paymentStatus()).isNotEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(flexprice.invoices().get(draft.id()).amountRemaining()).isEqualByComparingTo("10.00");
        Payment processed = flexprice.payments().process(pending.id());
        assertThat(processed.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(flexprice.invoices().get(draft.id()).amountRemaining()).isEqualByComparingTo("6.00");

        Payment tagged = flexprice.payments().update(offline.id(), UpdatePaymentParams.builder()
                .putMetadata("ref", "wire-2").build());
        assertThat(tagged.metadata()).containsEntry("ref", "wire-2");
        assertThat(flexprice.payments().get(offline.id()).metadata()).containsEntry("ref", "wire-2");

        Payment dropped = flexprice.payments().create(CreatePaymentParams.builder().amount("1.00").currency("usd")
                .destinationId(draft.id()).paymentMethodType(PaymentMethodType.OFFLINE).processPayment(false)
                .build());
        flexprice.payments().delete(dropped.id());
        assertThatThrownBy(() -> flexprice.payments().get(dropped.id())).isInstanceOf(NotFoundException.class);

        // the rest, 6.00, marked paid outside FlexPrice: 5.51 + 4.00 + 6.00 = 15.51
        Invoice paid = flexprice.invoices().updatePaymentStatus(draft.id(), UpdatePaymentStatusParams.builder()
                .paymentStatus(PaymentStatus.SUCCEEDED).build());
        assertThat(paid.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(paid.amountPaid()).isEqualTo(new BigDecimal("15.51"));
        assertThat(paid.amountRemaining()).isEqualByComparingTo("0");
        assertThat(paid.paidAt()).isEqualTo(NOW);

        List<Payment> payments = flexprice.payments().list(PaymentListParams.builder().destinationId(draft.id())
                .build()).fetchAll();
        // the offline 5.51, the processed 4.00 and the 6.00 the status update recorded (the deleted one is gone)
        assertThat(payments).extracting(p -> p.amount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("5.51", "4", "6");
        assertThat(flexprice.payments().list(PaymentListParams.builder().destinationId(draft.id())
                .paymentMethodType(PaymentMethodType.OFFLINE).limit(1).build()).total()).isEqualTo(3);
    }

    @Test
    void an_unpaid_invoice_is_voided_with_metadata_and_then_refuses_payment() {
        String customerId = customer("sdk-inv-void");
        Invoice invoice = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "100.00")
                .build());
        assertThat(invoice.invoiceNumber()).matches("INV-202604-\\d{5}");
        assertThat(invoice.amountDue()).isEqualByComparingTo("100.00");

        assertThat(flexprice.invoices().voidInvoice(invoice.id(), VoidInvoiceParams.builder()
                .putMetadata("reason", "sent twice").build()).message()).isEqualTo("invoice voided successfully");
        Invoice voided = flexprice.invoices().get(invoice.id());
        assertThat(voided.invoiceStatus()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.voidedAt()).isEqualTo(NOW);
        assertThat(voided.metadata()).containsEntry("reason", "sent twice");
        assertThatThrownBy(() -> flexprice.invoices().voidInvoice(invoice.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invoice.not_voidable"));
        assertThatThrownBy(() -> flexprice.invoices().updatePaymentStatus(invoice.id(),
                UpdatePaymentStatusParams.builder().paymentStatus(PaymentStatus.SUCCEEDED).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invoice.not_finalized"));

        // a draft without a body to void
        Invoice draft = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.DRAFT, "1.00").build());
        assertThat(flexprice.invoices().voidInvoice(draft.id()).message()).isEqualTo("invoice voided successfully");
        assertThat(flexprice.invoices().get(draft.id()).invoiceStatus()).isEqualTo(InvoiceStatus.VOIDED);
    }

    @Test
    void searches_page_by_offset_and_the_customer_summary_adds_up_per_currency() {
        String customerId = customer("sdk-inv-summary");
        Invoice first = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "40.00").build());
        Invoice second = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "40.00").build());
        Invoice draft = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.DRAFT, "7.00").build());
        // 15 of the first paid: 40 - 15 = 25 remaining
        Invoice partly = flexprice.invoices().updatePaymentStatus(first.id(), UpdatePaymentStatusParams.builder()
                .paymentStatus(PaymentStatus.PENDING).amount("15").build());
        assertThat(partly.amountRemaining()).isEqualByComparingTo("25");

        List<Invoice> all = flexprice.invoices().list(InvoiceListParams.builder().customerId(customerId).limit(1)
                .build()).fetchAll();
        assertThat(all).extracting(Invoice::id).containsExactlyInAnyOrder(first.id(), second.id(), draft.id());
        assertThat(flexprice.invoices().list(InvoiceListParams.builder().customerId(customerId)
                .addInvoiceStatus(InvoiceStatus.FINALIZED).amountRemainingGt(new BigDecimal("30")).build()).items())
                .extracting(Invoice::id).containsExactly(second.id());
        assertThat(flexprice.invoices().list(InvoiceListParams.builder().customerId(customerId)
                .invoiceType(InvoiceType.ONE_OFF).addInvoiceStatus(InvoiceStatus.DRAFT).build()).items())
                .extracting(Invoice::id).containsExactly(draft.id());

        CustomerInvoiceSummary summary = flexprice.invoices().customerSummary(customerId);
        assertThat(summary.customerId()).isEqualTo(customerId);
        assertThat(summary.defaultCurrency()).isEqualTo("usd");
        // drafts and finalized invoices, as this server sums them: revenue 40 + 40 + 7 = 87; unpaid 25 + 40 + 7 = 72;
        // nothing overdue (no due date has passed)
        assertThat(summary.summaries()).singleElement().satisfies(usd -> {
            assertThat(usd.currency()).isEqualTo("usd");
            assertThat(usd.totalRevenueAmount()).isEqualByComparingTo("87");
            assertThat(usd.totalUnpaidAmount()).isEqualByComparingTo("72");
            assertThat(usd.totalOverdueAmount()).isEqualByComparingTo("0");
            assertThat(usd.totalInvoiceCount()).isEqualTo(3);
            assertThat(usd.unpaidInvoiceCount()).isEqualTo(3);
        });
        assertThatThrownBy(() -> flexprice.invoices().customerSummary("cust_nobody"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_subscription_invoice_is_previewed_voided_recalculated_and_refused_a_payment_attempt_without_credits() {
        String customerId = customer("sdk-inv-subs");
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("Invoiced").lookupKey("sdk-inv-plan")
                .addPrice(CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE)
                        .amount("30.00").currency("usd").billingCadence(BillingCadence.RECURRING)
                        .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ADVANCE)
                        .displayName("Fee").build())
                .build());
        String subscriptionId = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customerId).planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build()).id();

        // April's fee in advance: 30.00
        List<Invoice> invoices = flexprice.invoices().list(InvoiceListParams.builder()
                .subscriptionId(subscriptionId).build()).items();
        assertThat(invoices).singleElement().satisfies(invoice -> {
            assertThat(invoice.invoiceType()).isEqualTo(InvoiceType.SUBSCRIPTION);
            assertThat(invoice.billingReason()).isEqualTo(BillingReason.SUBSCRIPTION_CREATE);
            assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
            assertThat(invoice.periodStart()).isEqualTo(APRIL);
            assertThat(invoice.periodEnd()).isEqualTo(MAY);
            assertThat(invoice.total()).isEqualByComparingTo("30.00");
        });
        Invoice created = invoices.get(0);

        // the preview of the current period: no usage so far, May's fee in advance 30.00; nothing is stored
        Invoice preview = flexprice.invoices().preview(PreviewInvoiceParams.builder()
                .subscriptionId(subscriptionId).build());
        assertThat(preview.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(preview.total()).isEqualByComparingTo("30.00");
        assertThat(preview.lineItems()).singleElement().satisfies(line -> {
            assertThat(line.displayName()).isEqualTo("Fee");
            assertThat(line.periodStart()).isEqualTo(MAY);
            assertThat(line.periodEnd()).isEqualTo(JUNE);
        });
        assertThat(flexprice.invoices().list(InvoiceListParams.builder().subscriptionId(subscriptionId).build())
                .total()).isEqualTo(1);

        // no wallet: the attempt pays nothing and the invoice stays unpaid
        assertThat(flexprice.invoices().attemptPayment(created.id()).message())
                .isEqualTo("no prepaid credits are available: nothing was paid");
        assertThat(flexprice.invoices().get(created.id()).amountRemaining()).isEqualByComparingTo("30.00");

        assertThatThrownBy(() -> flexprice.invoices().recalculate(created.id()))
                .as("a finalized invoice is not recalculated").isInstanceOf(ConflictException.class);
        flexprice.invoices().voidInvoice(created.id());
        Invoice again = flexprice.invoices().recalculate(created.id(), false);
        assertThat(again.subscriptionId()).isEqualTo(subscriptionId);
        assertThat(again.periodStart()).isEqualTo(APRIL);
        assertThat(again.periodEnd()).isEqualTo(MAY);
        assertThat(again.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(again.billingReason()).as("the first invoice again: April's fee in advance")
                .isEqualTo(BillingReason.SUBSCRIPTION_CREATE);
        assertThat(again.total()).isEqualByComparingTo("30.00");
        Invoice closed = flexprice.invoices().recalculate(again.id());
        assertThat(closed.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(closed.amountDue()).isEqualByComparingTo("30.00");

        Invoice oneOff = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "5").build());
        assertThatThrownBy(() -> flexprice.invoices().recalculate(oneOff.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("invoice.not_recalculable"));
        assertThatThrownBy(() -> flexprice.invoices().preview(PreviewInvoiceParams.builder().build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("subscription_id"));
        assertThatThrownBy(() -> flexprice.invoices().get("inv_nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_adjustment_lowers_what_an_unpaid_invoice_owes_until_voided_and_a_refund_gives_back_part_of_a_paid_one() {
        String customerId = customer("sdk-inv-notes");
        Invoice unpaid = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "100.00").build());
        String line = unpaid.lineItems().get(0).id();

        CreditNote adjustment = flexprice.creditNotes().create(CreateCreditNoteParams.builder()
                .invoiceId(unpaid.id()).reason(CreditNoteReason.BILLING_ERROR).memo("typo")
                .addLineItem(CreateCreditNoteParams.LineItemParams.of(line, "30")).build());
        assertThat(adjustment.creditNoteType()).isEqualTo(CreditNoteType.ADJUSTMENT);
        assertThat(adjustment.creditNoteStatus()).isEqualTo(CreditNoteStatus.DRAFT);
        assertThat(adjustment.totalAmount()).isEqualByComparingTo("30");
        assertThat(adjustment.invoiceId()).isEqualTo(unpaid.id());
        assertThat(flexprice.invoices().get(unpaid.id()).amountDue()).as("a draft note changes nothing")
                .isEqualByComparingTo("100");

        CreditNote finalized = flexprice.creditNotes().finalizeCreditNote(adjustment.id());
        assertThat(finalized.creditNoteStatus()).isEqualTo(CreditNoteStatus.FINALIZED);
        assertThat(finalized.creditNoteNumber()).matches("CN-202604-\\d{5}");
        assertThat(finalized.finalizedAt()).isEqualTo(NOW);
        // 100 - 30 = 70 due
        assertThat(flexprice.invoices().get(unpaid.id()).amountDue()).isEqualByComparingTo("70");
        assertThat(flexprice.creditNotes().get(adjustment.id()).memo()).isEqualTo("typo");

        assertThat(flexprice.creditNotes().voidCreditNote(adjustment.id()).creditNoteStatus())
                .isEqualTo(CreditNoteStatus.VOIDED);
        assertThat(flexprice.invoices().get(unpaid.id()).amountDue()).isEqualByComparingTo("100");

        Invoice paid = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "10.01", "5.50")
                .build());
        flexprice.invoices().updatePaymentStatus(paid.id(), UpdatePaymentStatusParams.builder()
                .paymentStatus(PaymentStatus.SUCCEEDED).build());
        CreditNote refund = flexprice.creditNotes().create(CreateCreditNoteParams.builder().invoiceId(paid.id())
                .reason(CreditNoteReason.SERVICE_ISSUE).processCreditNote(true)
                .addLineItem(CreateCreditNoteParams.LineItemParams.of(paid.lineItems().get(0).id(), "5.00")).build());
        assertThat(refund.creditNoteType()).isEqualTo(CreditNoteType.REFUND);
        assertThat(refund.creditNoteStatus()).isEqualTo(CreditNoteStatus.FINALIZED);
        assertThat(refund.totalAmount()).isEqualByComparingTo("5.00");
        Invoice refunded = flexprice.invoices().get(paid.id());
        assertThat(refunded.refundedAmount()).isEqualByComparingTo("5");
        assertThat(refunded.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);

        // the second line came to 5.50: 5.51 is more than it holds
        assertThatThrownBy(() -> flexprice.creditNotes().create(CreateCreditNoteParams.builder()
                .invoiceId(paid.id()).reason(CreditNoteReason.DUPLICATE)
                .addLineItem(CreateCreditNoteParams.LineItemParams.of(paid.lineItems().get(1).id(), "5.51")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("credit_note.exceeds_creditable");
                    assertThat(fields(e)).containsExactly("line_items[0].amount");
                });
        assertThatThrownBy(() -> flexprice.creditNotes().voidCreditNote(refund.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("credit_note.not_voidable"));

        assertThat(flexprice.creditNotes().list(CreditNoteListParams.builder().invoiceId(unpaid.id()).build())
                .items()).extracting(CreditNote::id).containsExactly(adjustment.id());
        assertThat(flexprice.creditNotes().list(CreditNoteListParams.builder().invoiceId(paid.id())
                .creditNoteType(CreditNoteType.REFUND).addCreditNoteStatus(CreditNoteStatus.FINALIZED).build())
                .items()).extracting(CreditNote::id).containsExactly(refund.id());
        assertThatThrownBy(() -> flexprice.creditNotes().get("cn_nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_wallet_is_topped_up_free_and_bought_pays_invoices_and_is_closed_with_its_balances_worked_out_by_hand() {
        String customerId = customer("sdk-inv-wallet");
        Wallet wallet = flexprice.wallets().create(CreateWalletParams.builder().customerId(customerId)
                .currency("usd").name("Prepaid").initialCreditsToLoad("50").putMetadata("team", "a").build());
        assertThat(wallet.walletStatus()).isEqualTo(WalletStatus.ACTIVE);
        assertThat(wallet.creditBalance()).isEqualByComparingTo("50");
        // conversion rate 1 by default: 50 credits are worth 50 USD
        assertThat(wallet.balance()).isEqualByComparingTo("50");
        assertThat(wallet.conversionRate()).isEqualByComparingTo("1");

        Wallet renamed = flexprice.wallets().update(wallet.id(), UpdateWalletParams.builder().name("Team A")
                .build());
        assertThat(renamed.name()).isEqualTo("Team A");
        assertThat(renamed.metadata()).containsEntry("team", "a");

        TopUpResult free = flexprice.wallets().topUp(wallet.id(), TopUpWalletParams.builder().creditsToAdd("25")
                .transactionReason(TransactionReason.FREE_CREDIT_GRANT).build());
        assertThat(free.invoiceId()).isNull();
        // 50 + 25 = 75
        assertThat(free.wallet().creditBalance()).isEqualByComparingTo("75");
        assertThat(free.walletTransaction().type()).isEqualTo(TransactionType.CREDIT);
        assertThat(free.walletTransaction().creditBalanceBefore()).isEqualByComparingTo("50");
        assertThat(free.walletTransaction().creditBalanceAfter()).isEqualByComparingTo("75");

        TopUpResult bought = flexprice.wallets().topUp(wallet.id(), TopUpWalletParams.builder().creditsToAdd("30")
                .transactionReason(TransactionReason.PURCHASED_CREDIT_INVOICED).build());
        assertThat(bought.walletTransaction().transactionStatus()).isEqualTo(TransactionStatus.PENDING);
        assertThat(bought.wallet().creditBalance()).as("usable once paid").isEqualByComparingTo("75");
        Invoice purchase = flexprice.invoices().get(bought.invoiceId());
        // 30 credits at 1 USD
        assertThat(purchase.amountDue()).isEqualByComparingTo("30");
        flexprice.payments().create(CreatePaymentParams.builder().amount("30").currency("usd")
                .destinationId(purchase.id()).paymentMethodType(PaymentMethodType.OFFLINE).build());
        // 75 + 30 = 105
        assertThat(flexprice.wallets().get(wallet.id()).creditBalance()).isEqualByComparingTo("105");

        Invoice invoice = flexprice.invoices().create(oneOff(customerId, InvoiceStatus.FINALIZED, "70.00").build());
        Payment credits = flexprice.payments().create(CreatePaymentParams.builder().amount("20").currency("usd")
                .destinationId(invoice.id()).paymentMethodType(PaymentMethodType.CREDITS).paymentMethodId(wallet.id())
                .build());
        assertThat(credits.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        // 105 - 20 = 85
        assertThat(flexprice.wallets().get(wallet.id()).creditBalance()).isEqualByComparingTo("85");
        // the attempt pays what remains, 70 - 20 = 50, from the 85: 35 left
        assertThat(flexprice.invoices().attemptPayment(invoice.id()).message())
                .isEqualTo("paid 50 from prepaid credits");
        Invoice settled = flexprice.invoices().get(invoice.id());
        assertThat(settled.amountPaid()).isEqualByComparingTo("70");
        assertThat(settled.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(flexprice.wallets().get(wallet.id()).creditBalance()).isEqualByComparingTo("35");

        WalletTransaction debit = flexprice.wallets().debit(wallet.id(), DebitWalletParams.builder().amount("5")
                .description("goodwill reversal").build());
        assertThat(debit.type()).isEqualTo(TransactionType.DEBIT);
        assertThat(debit.transactionReason()).isEqualTo(TransactionReason.MANUAL_BALANCE_DEBIT);
        // 35 - 5 = 30
        assertThat(debit.creditBalanceBefore()).isEqualByComparingTo("35");
        assertThat(debit.creditBalanceAfter()).isEqualByComparingTo("30");

        WalletBalance balance = flexprice.wallets().balance(wallet.id());
        // no usage this period: the real-time balance is the balance, 30
        assertThat(balance.creditBalance()).isEqualByComparingTo("30");
        assertThat(balance.realTimeBalance()).isEqualByComparingTo("30");
        assertThat(balance.currentPeriodUsage()).isEqualByComparingTo("0");
        assertThat(balance.creditsAvailableBreakdown().free().add(balance.creditsAvailableBreakdown().purchased()))
                .isEqualByComparingTo("30");

        List<WalletTransaction> payments = flexprice.wallets().transactions(wallet.id(),
                WalletTransactionListParams.builder().transactionReason(TransactionReason.INVOICE_PAYMENT).build())
                .fetchAll();
        assertThat(payments).extracting(t -> t.creditAmount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("20", "50");
        // credits: the initial 50, the free 25, the bought 30; debits: 20, 50, 5
        List<WalletTransaction> all = flexprice.wallets().searchTransactions(WalletTransactionListParams.builder()
                .walletId(wallet.id()).limit(2).build()).fetchAll();
        assertThat(all).hasSize(6);
        assertThat(all).filteredOn(t -> t.type().equals(TransactionType.CREDIT))
                .extracting(t -> t.creditAmount().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("50", "25", "30");

        assertThat(flexprice.wallets().list(WalletListParams.builder().customerId(customerId).build()).items())
                .extracting(Wallet::id).containsExactly(wallet.id());
        assertThat(flexprice.wallets().customerWallets(customerId)).extracting(Wallet::id)
                .containsExactly(wallet.id());
        assertThat(flexprice.wallets().customerWalletsByExternalId("sdk-inv-wallet")).extracting(Wallet::id)
                .containsExactly(wallet.id());
        assertThat(flexprice.wallets().customerWalletBalances(customerId)).singleElement()
                .satisfies(b -> assertThat(b.realTimeBalance()).isEqualByComparingTo("30"));

        Wallet closed = flexprice.wallets().terminate(wallet.id());
        assertThat(closed.walletStatus()).isEqualTo(WalletStatus.CLOSED);
        assertThat(closed.creditBalance()).isEqualByComparingTo("0");
        assertThat(flexprice.wallets().transactions(wallet.id(), WalletTransactionListParams.builder()
                .transactionReason(TransactionReason.WALLET_TERMINATION).build()).items()).singleElement()
                .satisfies(t -> assertThat(t.creditAmount()).isEqualByComparingTo("30"));
        assertThatThrownBy(() -> flexprice.wallets().get("wallet_nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void addons_added_on_the_eleventh_are_invoiced_for_twenty_days_and_one_removed_at_once_is_credited_in_full() {
        String customerId = customer("sdk-inv-addon");
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("With addons").lookupKey("sdk-inv-addons")
                .addPrice(monthly("30.00", "Platform fee")).build());
        Addon support = flexprice.addons().create(CreateAddonParams.builder().name("Support")
                .lookupKey("sdk-inv-support").type(AddonType.MULTIPLE_INSTANCE)
                .addPrice(monthly("10.00", "Support")).build());
        String subscriptionId = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customerId).planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build()).id();

        AddonAssociation kept = flexprice.subscriptions().addAddon(AddSubscriptionAddonParams.builder()
                .subscriptionId(subscriptionId).addonId(support.id()).putMetadata("seat", "7").build());
        assertThat(kept.addonId()).isEqualTo(support.id());
        assertThat(kept.entityId()).isEqualTo(subscriptionId);
        assertThat(kept.addonStatus()).isEqualTo(AddonStatus.ACTIVE);
        assertThat(kept.startDate()).as("now, by default").isEqualTo(NOW);
        assertThat(kept.metadata()).containsEntry("seat", "7");
        assertThat(kept.lineItemIds()).hasSize(1);
        AddonAssociation removed = flexprice.subscriptions().addAddon(AddSubscriptionAddonParams.builder()
                .subscriptionId(subscriptionId).addonId(support.id()).build());

        // each: [April 11, May 1) = 20 of April's 30 days: 10.00 x 20/30 = 6.666... -> 6.67; the second has the
        // first's period, so it comes as a SUBSCRIPTION_UPDATE invoice
        List<Invoice> prorations = flexprice.invoices().list(InvoiceListParams.builder()
                .subscriptionId(subscriptionId).build()).fetchAll().stream()
                .filter(i -> !BillingReason.SUBSCRIPTION_CREATE.equals(i.billingReason())).toList();
        assertThat(prorations).extracting(Invoice::billingReason)
                .containsExactlyInAnyOrder(BillingReason.PRORATION, BillingReason.SUBSCRIPTION_UPDATE);
        assertThat(prorations).isNotEmpty().allSatisfy(p -> {
            assertThat(p.periodStart()).isEqualTo(NOW);
            assertThat(p.periodEnd()).isEqualTo(MAY);
        });
        // 6.67 + 6.67 = 13.34
        assertThat(prorations.stream().map(Invoice::total).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("13.34");

        flexprice.subscriptions().removeAddon(RemoveSubscriptionAddonParams.builder()
                .addonAssociationId(removed.id()).reason("not needed").build());
        assertThat(flexprice.subscriptions().addonAssociations(subscriptionId)).filteredOn(a -> a.id()
                .equals(kept.id())).singleElement().satisfies(a -> {
                    assertThat(a.addonStatus()).isEqualTo(AddonStatus.ACTIVE);
                    assertThat(a.endDate()).isNull();
                });
        // unused: all 20 days, 10.00 x 20/30 = 6.666..., given back on a line of 6.67 in that proportion:
        // 6.67 x 6.666.../6.67 = 6.666... -> 6.67
        BigDecimal credited = prorations.stream().flatMap(p -> flexprice.creditNotes().list(CreditNoteListParams
                .builder().invoiceId(p.id()).build()).items().stream()).map(CreditNote::totalAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(credited).isEqualByComparingTo("6.67");
        assertThatThrownBy(() -> flexprice.subscriptions().removeAddon(RemoveSubscriptionAddonParams.builder()
                .addonAssociationId(removed.id()).build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.subscriptions().addAddon(AddSubscriptionAddonParams.builder()
                .subscriptionId(subscriptionId).addonId("addon_nope").build())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_plans_metered_entitlement_is_checked_against_the_usage_of_the_current_period() {
        String customerId = customer("sdk-inv-ent");
        String featureId = flexprice.features().create(CreateFeatureParams.builder().name("Calls")
                .lookupKey("sdk-inv-calls").type(FeatureType.METERED).meter(MeterParams.builder()
                        .eventName("sdk_inv_call").aggregation(Aggregation.builder().type(AggregationType.SUM)
                                .field("units").build()).build()).build()).id();
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("Entitled").lookupKey("sdk-inv-ent")
                .addPrice(monthly("30.00", "Platform fee")).build());
        Entitlement entitlement = flexprice.entitlements().create(CreateEntitlementParams.builder()
                .planId(plan.id()).featureId(featureId).featureType("metered").usageLimit(new BigDecimal("1000"))
                .usageResetPeriod("MONTHLY").build());
        assertThat(entitlement.entityType()).isEqualTo("PLAN");
        assertThat(entitlement.entityId()).isEqualTo(plan.id());
        assertThat(entitlement.isEnabled()).as("enabled unless said").isTrue();
        assertThat(entitlement.usageLimit()).isEqualByComparingTo("1000");
        assertThat(flexprice.entitlements().get(entitlement.id()).featureId()).isEqualTo(featureId);
        assertThat(flexprice.entitlements().list(EntitlementListParams.builder().addPlanId(plan.id()).build())
                .items()).extracting(Entitlement::id).containsExactly(entitlement.id());

        flexprice.subscriptions().create(CreateSubscriptionParams.builder().customerId(customerId)
                .planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build());
        flexprice.events().ingestBulk(List.of(call("sdk-inv-call-1", "2026-04-05T10:00:00Z", 600),
                call("sdk-inv-call-2", "2026-04-10T10:00:00Z", 300)));

        EntitlementCheckParams calls = EntitlementCheckParams.builder().externalCustomerId("sdk-inv-ent")
                .featureLookupKey("sdk-inv-calls").build();
        EntitlementCheck check = flexprice.entitlements().check(calls);
        // used 600 + 300 = 900 of 1000; left 1000 - 900 = 100
        assertThat(check.isAllowed()).isTrue();
        assertThat(check.usageLimit()).isEqualByComparingTo("1000");
        assertThat(check.currentUsage()).isEqualByComparingTo("900");
        assertThat(check.remaining()).isEqualByComparingTo("100");
        assertThat(check.usageWindowStart()).isEqualTo(APRIL);
        assertThat(check.nextUsageResetAt()).isEqualTo(MAY);
        assertThat(check.sources()).singleElement()
                .satisfies(source -> assertThat(source.entitlementId()).isEqualTo(entitlement.id()));

        CustomerEntitlements entitled = flexprice.entitlements().customerEntitlements(customerId);
        assertThat(entitled.customerId()).isEqualTo(customerId);
        assertThat(entitled.features()).singleElement().satisfies(f -> {
            assertThat(f.feature().id()).isEqualTo(featureId);
            assertThat(f.entitlement().isEnabled()).isTrue();
            assertThat(f.entitlement().usageLimit()).isEqualByComparingTo("1000");
        });
        CustomerUsageSummary usage = flexprice.entitlements().customerUsage(CustomerUsageParams.builder()
                .customerLookupKey("sdk-inv-ent").build());
        // 900 / 1000 x 100 = 90 %
        assertThat(usage.features()).singleElement().satisfies(f -> {
            assertThat(f.feature().lookupKey()).isEqualTo("sdk-inv-calls");
            assertThat(f.totalLimit()).isEqualByComparingTo("1000");
            assertThat(f.currentUsage()).isEqualByComparingTo("900");
            assertThat(f.usagePercent()).isEqualByComparingTo("90");
            assertThat(f.nextUsageResetAt()).isEqualTo(MAY);
        });

        Entitlement lowered = flexprice.entitlements().update(entitlement.id(), UpdateEntitlementParams.builder()
                .usageLimit(new BigDecimal("800")).build());
        assertThat(lowered.usageLimit()).isEqualByComparingTo("800");
        // 900 used > the hard limit of 800
        assertThat(flexprice.entitlements().check(calls).isAllowed()).isFalse();

        flexprice.entitlements().delete(entitlement.id());
        assertThatThrownBy(() -> flexprice.entitlements().get(entitlement.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.entitlements().check(EntitlementCheckParams.builder()
                .customerId("cust_missing").featureId(featureId).build())).isInstanceOf(NotFoundException.class);
    }

    private static IngestEventParams call(String id, String at, int units) {
        return IngestEventParams.builder().eventId(id).eventName("sdk_inv_call").externalCustomerId("sdk-inv-ent")
                .timestamp(Instant.parse(at)).putProperty("units", units).build();
    }

    @Test
    void a_costsheet_prices_the_usage_and_the_analytics_give_cost_revenue_and_margin() {
        String customerId = customer("sdk-inv-costs");
        Feature gpu = flexprice.features().create(CreateFeatureParams.builder().name("GPU seconds")
                .lookupKey("sdk-inv-gpu").type(FeatureType.METERED).meter(MeterParams.builder()
                        .eventName("sdk_inv_gpu").aggregation(Aggregation.builder().type(AggregationType.SUM)
                                .field("seconds").build()).build()).build());
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("GPU").lookupKey("sdk-inv-gpu-plan")
                .addPrice(CreatePriceParams.builder().type(PriceType.USAGE).billingModel(BillingModel.FLAT_FEE)
                        .amount("0.10").currency("usd").meterId(gpu.meterId()).billingCadence(BillingCadence.RECURRING)
                        .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ARREAR).build())
                .build());
        flexprice.subscriptions().create(CreateSubscriptionParams.builder().customerId(customerId)
                .planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build());
        flexprice.events().ingestBulk(List.of(
                gpuUsed("sdk-inv-gpu-1", "2026-04-05T10:00:00Z", 600),
                gpuUsed("sdk-inv-gpu-2", "2026-04-10T10:00:00Z", 300)));

        Costsheet costsheet = flexprice.costs().create(CreateCostsheetParams.builder().name("Infra")
                .lookupKey("sdk-inv-infra").build());
        assertThat(costsheet.id()).isNotBlank();
        flexprice.prices().create(CreatePriceParams.builder().entityType(PriceEntityType.COSTSHEET)
                .entityId(costsheet.id()).type(PriceType.USAGE).billingModel(BillingModel.FLAT_FEE).amount("0.04")
                .currency("usd").meterId(gpu.meterId()).billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ARREAR)
                .startDate(Instant.parse("2026-01-01T00:00:00Z")).build());
        assertThat(flexprice.costs().get(costsheet.id()).prices()).singleElement()
                .satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("0.04"));
        assertThat(flexprice.costs().active().id()).isEqualTo(costsheet.id());
        assertThat(flexprice.costs().update(costsheet.id(), UpdateCostsheetParams.builder().description("GPU")
                .build()).description()).isEqualTo("GPU");
        assertThat(flexprice.costs().list(CostsheetListParams.builder().lookupKey("sdk-inv-infra").build())
                .items()).extracting(Costsheet::id).containsExactly(costsheet.id());

        CostAnalyticsParams april = CostAnalyticsParams.builder().startTime(APRIL).endTime(NOW)
                .externalCustomerId("sdk-inv-costs").build();
        CostAnalytics analytics = flexprice.costs().analytics(april);
        // revenue 900 x 0.10 = 90; cost 900 x 0.04 = 36; margin 90 - 36 = 54; 54 / 90 = 60 %; roi 54 / 36 = 1.5
        assertThat(analytics.currency()).isEqualTo("usd");
        assertThat(analytics.totalRevenue()).isEqualByComparingTo("90");
        assertThat(analytics.totalCost()).isEqualByComparingTo("36");
        assertThat(analytics.margin()).isEqualByComparingTo("54");
        assertThat(analytics.marginPercent()).isEqualByComparingTo("60");
        assertThat(analytics.roi()).isEqualByComparingTo("1.5");
        assertThat(analytics.costAnalytics()).singleElement().satisfies(item -> {
            assertThat(item.featureId()).isEqualTo(gpu.id());
            assertThat(item.customerId()).isEqualTo(customerId);
            assertThat(item.totalQuantity()).isEqualByComparingTo("900");
        });
        assertThat(flexprice.costs().analyticsV2(april).totalCost()).isEqualByComparingTo("36");

        flexprice.costs().delete(costsheet.id());
        assertThatThrownBy(() -> flexprice.costs().active()).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.costs().get(costsheet.id())).isInstanceOf(NotFoundException.class);
    }

    private static IngestEventParams gpuUsed(String id, String at, int seconds) {
        return IngestEventParams.builder().eventId(id).eventName("sdk_inv_gpu").externalCustomerId("sdk-inv-costs")
                .timestamp(Instant.parse(at)).putProperty("seconds", seconds).build();
    }

    private static CreatePriceParams monthly(String amount, String name) {
        return CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE).amount(amount)
                .currency("usd").billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                .invoiceCadence(InvoiceCadence.ADVANCE).displayName(name).build();
    }
}
