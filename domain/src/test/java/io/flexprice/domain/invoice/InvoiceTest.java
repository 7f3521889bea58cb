package io.flexprice.domain.invoice;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.invoice.Drafts.aDraft;
import static io.flexprice.domain.invoice.Drafts.lineIds;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.Money;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class InvoiceTest {

    private static final Instant FINALIZED_AT = at("2026-04-01T00:05:00Z");
    private static final Instant DUE = at("2026-04-02T00:05:00Z");
    private static final Audit CHANGED = AUDIT.updatedBy("user_2", FINALIZED_AT);

    private static Invoice draftOf(Drafts drafts) {
        InvoiceDraft draft = drafts.build();
        return Invoice.draft(InvoiceId.of("inv_1"), SCOPE, draft, lineIds(draft), AUDIT);
    }

    private static Invoice finalizedOf(Money... amounts) {
        return draftOf(aDraft(amounts)).finalized("INV-202604-00001", FINALIZED_AT, DUE, CHANGED);
    }

    private static void assertConflict(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void aNewDraftIsPendingWithEverythingStillDue() {
        Invoice draft = draftOf(aDraft(usd("10.00"), usd("5.50")));

        assertThat(draft.invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(draft.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(draft.invoiceType()).isEqualTo(InvoiceType.ONE_OFF);
        assertThat(draft.billingReason()).isEqualTo(BillingReason.MANUAL);
        assertThat(draft.invoiceNumber()).isNull();
        assertThat(draft.amounts().amountDue()).isEqualTo(usd("15.50"));
        assertThat(draft.amounts().amountRemaining()).isEqualTo(usd("15.50"));
        assertThat(draft.amounts().amountPaid()).isEqualTo(usd("0"));
    }

    @Test
    void finalizingNumbersTheInvoiceAndSetsItsDueDate() {
        Invoice invoice = finalizedOf(usd("15.50"));

        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.invoiceNumber()).isEqualTo("INV-202604-00001");
        assertThat(invoice.finalizedAt()).isEqualTo(FINALIZED_AT);
        assertThat(invoice.dueDate()).isEqualTo(DUE);
        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(invoice.audit()).isEqualTo(CHANGED);
        assertConflict(() -> invoice.finalized("INV-202604-00002", FINALIZED_AT, DUE, CHANGED),
                ErrorCode.INVOICE_NOT_DRAFT);
    }

    @Test
    void aOneOffInvoiceThatOwesNothingIsPaidWhenFinalized() {
        Invoice invoice = draftOf(aDraft(usd("10.00")).discount(InvoiceDraft.Discount.percentOff("c", dec("100"))))
                .finalized("INV-202604-00001", FINALIZED_AT, DUE, CHANGED);

        assertThat(invoice.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(invoice.paidAt()).isEqualTo(FINALIZED_AT);
    }

    @Test
    void aSubscriptionPeriodThatOwesNothingIsSkippedWithoutANumber() {
        Invoice draft = draftOf(aDraft(usd("0.004")).forSubscription());

        assertThat(draft.closesAsSkipped()).isTrue();
        Invoice skipped = draft.skipped(CHANGED);
        assertThat(skipped.invoiceStatus()).isEqualTo(InvoiceStatus.SKIPPED);
        assertThat(skipped.invoiceNumber()).isNull();
        assertThat(skipped.isLive()).isTrue();
        assertThatThrownBy(() -> draft.finalized("INV-1", FINALIZED_AT, DUE, CHANGED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> draftOf(aDraft(usd("1.00")).forSubscription()).skipped(CHANGED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void paymentsLowerWhatRemainsAndTheLastOneMarksTheInvoicePaid() {
        Invoice invoice = finalizedOf(usd("100.00"));
        Instant paidAt = at("2026-04-03T00:00:00Z");

        Invoice part = invoice.withPayment(usd("40.00"), paidAt, CHANGED);
        assertThat(part.amounts().amountPaid()).isEqualTo(usd("40.00"));
        assertThat(part.amounts().amountRemaining()).isEqualTo(usd("60.00"));
        assertThat(part.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(part.paidAt()).isNull();

        Invoice all = part.withPayment(usd("60.00"), paidAt, CHANGED);
        assertThat(all.amounts().amountRemaining()).isEqualTo(usd("0"));
        assertThat(all.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(all.paidAt()).isEqualTo(paidAt);
        assertConflict(() -> all.withPayment(usd("0.01"), paidAt, CHANGED), ErrorCode.INVOICE_ALREADY_PAID);
    }

    @Test
    void aPaymentAboveWhatRemainsIsRefusedNamingTheAmount() {
        Invoice invoice = finalizedOf(usd("100.00")).withPayment(usd("40.00"), FINALIZED_AT, CHANGED);

        assertThatThrownBy(() -> invoice.withPayment(usd("60.01"), FINALIZED_AT, CHANGED))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PAYMENT_EXCEEDS_AMOUNT_REMAINING);
                    assertThat(e.violations().get(0).field()).isEqualTo("amount");
                    assertThat(e.getMessage()).contains("60");
                });
    }

    @Test
    void aPaymentMustBePositiveWholeMinorUnitsInTheInvoicesCurrency() {
        Invoice invoice = finalizedOf(usd("100.00"));

        assertThatThrownBy(() -> invoice.withPayment(usd("0"), FINALIZED_AT, CHANGED))
                .isInstanceOf(ValidationException.class).hasMessageContaining("amount: must be positive");
        assertThatThrownBy(() -> invoice.withPayment(usd("1.001"), FINALIZED_AT, CHANGED))
                .isInstanceOf(ValidationException.class).hasMessageContaining("whole number of minor units");
        assertThatThrownBy(() -> invoice.withPayment(eur("1.00"), FINALIZED_AT, CHANGED))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
    }

    @Test
    void onlyAFinalizedInvoiceIsPaid() {
        assertConflict(() -> draftOf(aDraft(usd("1.00"))).withPayment(usd("1.00"), FINALIZED_AT, CHANGED),
                ErrorCode.INVOICE_NOT_FINALIZED);
    }

    @Test
    void anInvoiceWithoutPaymentsIsVoidedAndItsMetadataMerged() {
        Invoice draft = draftOf(aDraft(usd("10.00")));
        Invoice withMetadata = draft.withDetails(null, null, Metadata.of(Map.of("a", "1", "b", "2")), CHANGED);

        Invoice voided = withMetadata.voided(FINALIZED_AT, Metadata.of(Map.of("b", "3", "reason", "typo")), CHANGED);

        assertThat(voided.invoiceStatus()).isEqualTo(InvoiceStatus.VOIDED);
        assertThat(voided.voidedAt()).isEqualTo(FINALIZED_AT);
        assertThat(voided.isLive()).isFalse();
        assertThat(voided.metadata().values()).containsExactlyInAnyOrderEntriesOf(
                Map.of("a", "1", "b", "3", "reason", "typo"));
        assertConflict(() -> voided.voided(FINALIZED_AT, null, CHANGED), ErrorCode.INVOICE_NOT_VOIDABLE);
        assertThat(finalizedOf(usd("1.00")).voided(FINALIZED_AT, null, CHANGED).invoiceStatus())
                .isEqualTo(InvoiceStatus.VOIDED);
    }

    @Test
    void anInvoiceWithAPaymentCannotBeVoided() {
        Invoice paid = finalizedOf(usd("100.00")).withPayment(usd("0.01"), FINALIZED_AT, CHANGED);

        assertConflict(() -> paid.voided(FINALIZED_AT, null, CHANGED), ErrorCode.INVOICE_NOT_VOIDABLE);
    }

    @Test
    void paymentStatusGoesFromPendingToFailedAndBackButNotFromSucceeded() {
        Invoice invoice = finalizedOf(usd("10.00"));

        Invoice failed = invoice.withPaymentFailed(CHANGED);
        assertThat(failed.paymentStatus()).isEqualTo(PaymentStatus.FAILED);
        assertThat(failed.withPaymentPending(CHANGED).paymentStatus()).isEqualTo(PaymentStatus.PENDING);
        assertThat(failed.withPayment(usd("10.00"), FINALIZED_AT, CHANGED).paymentStatus())
                .isEqualTo(PaymentStatus.SUCCEEDED);
        Invoice paid = invoice.withPayment(usd("10.00"), FINALIZED_AT, CHANGED);
        assertConflict(() -> paid.withPaymentFailed(CHANGED), ErrorCode.INVOICE_PAYMENT_STATUS_TRANSITION);
        assertConflict(() -> paid.withPaymentPending(CHANGED), ErrorCode.INVOICE_PAYMENT_STATUS_TRANSITION);
    }

    @Test
    void anAdjustmentLowersWhatIsDueAndVoidingItRestoresIt() {
        // total 100.00, paid 40.00: adjusting 60.00 leaves nothing due, so the invoice is settled
        Invoice invoice = finalizedOf(usd("100.00")).withPayment(usd("40.00"), FINALIZED_AT, CHANGED);

        Invoice adjusted = invoice.withAdjustment(usd("60.00"), CHANGED);
        assertThat(adjusted.amounts().adjustment()).isEqualTo(usd("60.00"));
        assertThat(adjusted.amounts().amountDue()).isEqualTo(usd("40.00"));
        assertThat(adjusted.amounts().amountRemaining()).isEqualTo(usd("0"));
        assertThat(adjusted.paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);

        Invoice restored = adjusted.withoutAdjustment(usd("60.00"), CHANGED);
        assertThat(restored.amounts()).isEqualTo(invoice.amounts());
        assertThat(restored.paymentStatus()).isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    void refundsAreRecordedAgainstWhatWasPaid() {
        Invoice paid = finalizedOf(usd("100.00")).withPayment(usd("100.00"), FINALIZED_AT, CHANGED);

        Invoice part = paid.withRefund(usd("30.00"), CHANGED);
        assertThat(part.paymentStatus()).isEqualTo(PaymentStatus.PARTIALLY_REFUNDED);
        assertThat(part.amounts().refunded()).isEqualTo(usd("30.00"));
        assertThat(part.amounts().refundable()).isEqualTo(usd("70.00"));
        assertThat(part.amounts().amountPaid()).isEqualTo(usd("100.00"));
        assertThat(part.withRefund(usd("70.00"), CHANGED).paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> part.withRefund(usd("70.01"), CHANGED)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPaidInvoiceKeepsItsMetadataButTakesADueDateAndAPdfUrl() {
        Invoice paid = finalizedOf(usd("10.00")).withPayment(usd("10.00"), FINALIZED_AT, CHANGED);
        Instant later = at("2026-05-01T00:00:00Z");

        Invoice updated = paid.withDetails(later, "https://pdf.example/inv_1.pdf", null, CHANGED);
        assertThat(updated.dueDate()).isEqualTo(later);
        assertThat(updated.invoicePdfUrl()).isEqualTo("https://pdf.example/inv_1.pdf");
        assertConflict(() -> paid.withDetails(null, null, Metadata.of(Map.of("a", "b")), CHANGED),
                ErrorCode.INVOICE_NOT_EDITABLE);
        assertConflict(() -> finalizedOf(usd("1.00")).voided(FINALIZED_AT, null, CHANGED)
                .withDetails(later, null, null, CHANGED), ErrorCode.INVOICE_NOT_EDITABLE);
    }

    @Test
    void aDraftIsRecalculatedInPlaceAndOnlyADraft() {
        Invoice draft = draftOf(aDraft(usd("10.00")).forSubscription());
        InvoiceDraft fresh = aDraft(usd("12.00"), usd("3.00")).forSubscription().build();

        Invoice recalculated = draft.recalculated(fresh, lineIds(fresh), CHANGED);
        assertThat(recalculated.id()).isEqualTo(draft.id());
        assertThat(recalculated.amounts().total()).isEqualTo(usd("15.00"));
        assertThat(recalculated.lineItems()).hasSize(2);
        assertThat(recalculated.audit()).isEqualTo(CHANGED);
        Invoice finalized = draft.finalized("INV-1", FINALIZED_AT, DUE, CHANGED);
        assertConflict(() -> finalized.recalculated(fresh, lineIds(fresh), CHANGED), ErrorCode.INVOICE_NOT_DRAFT);
    }
}
