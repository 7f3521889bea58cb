package io.flexprice.ports.application.invoice;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.InvoiceDrafts.APRIL;
import static io.flexprice.ports.testing.InvoiceDrafts.MARCH;
import static io.flexprice.ports.testing.InvoiceDrafts.charges;
import static io.flexprice.ports.testing.InvoiceDrafts.usd;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.InvoiceDrafts;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillSubscriptionPeriodsServiceTest {

    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final FakeSequenceRepository sequences = new FakeSequenceRepository();
    private final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    private final BillSubscriptionPeriodsService service = new BillSubscriptionPeriodsService(invoices, drafts,
            sequences, InvoiceSettings.DEFAULTS, new ImmediateTransactions(), new SequentialIdGenerator(), CLOCK);
    private final Caller caller = aCaller().build();

    @Test
    void aPeriodIsInvoicedOnceWhoeverAsksAndHoweverOften() {
        PeriodInvoice first = service.bill(caller, charges(MARCH, "49.00"), true);
        PeriodInvoice again = service.bill(caller, charges(MARCH, "99.00"), true);
        PeriodInvoice byId = service.bill(caller, "sub_1", MARCH, true);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(byId.created()).isFalse();
        assertThat(again.invoice()).isEqualTo(first.invoice());
        assertThat(byId.invoice()).isEqualTo(first.invoice());
        assertThat(invoices.all()).hasSize(1);
        Invoice invoice = first.invoice();
        assertThat(invoice.invoiceType()).isEqualTo(InvoiceType.SUBSCRIPTION);
        assertThat(invoice.invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoice.invoiceNumber()).isEqualTo("INV-202403-00001");
        assertThat(invoice.amounts().total()).isEqualTo(usd("49.00"));
        assertThat(sequences.last(SCOPE, "invoice:202403")).isEqualTo(1);
        assertThat(drafts.asked()).isEmpty();
    }

    @Test
    void theChargesAreReadOnlyWhenThePeriodHasNoInvoice() {
        drafts.charges("sub_1", charges(MARCH, "10.00"));

        PeriodInvoice march = service.bill(caller, "sub_1", MARCH, false);
        service.bill(caller, "sub_1", MARCH, false);
        PeriodInvoice april = service.bill(caller, "sub_1", APRIL, false);

        assertThat(drafts.asked()).containsExactly(MARCH, APRIL);
        assertThat(march.invoice().invoiceStatus()).isEqualTo(InvoiceStatus.DRAFT);
        assertThat(april.invoice().period()).isEqualTo(APRIL);
        assertThat(invoices.all()).hasSize(2);
    }

    @Test
    void aPeriodThatOwesNothingIsSkippedWithoutTakingANumber() {
        PeriodInvoice skipped = service.bill(caller, charges(MARCH, "0.00"), true);

        assertThat(skipped.invoice().invoiceStatus()).isEqualTo(InvoiceStatus.SKIPPED);
        assertThat(skipped.invoice().invoiceNumber()).isNull();
        assertThat(skipped.invoice().paymentStatus()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(sequences.last(SCOPE, "invoice:202403")).isZero();
        assertThat(service.bill(caller, charges(MARCH, "5.00"), true).invoice()).isEqualTo(skipped.invoice());
    }

    @Test
    void aDraftFoundForThePeriodIsFinalizedWhenAskedTo() {
        Invoice draft = service.bill(caller, charges(MARCH, "10.00"), false).invoice();

        PeriodInvoice finalized = service.bill(caller, "sub_1", MARCH, true);

        assertThat(finalized.created()).isFalse();
        assertThat(finalized.invoice().id()).isEqualTo(draft.id());
        assertThat(finalized.invoice().invoiceStatus()).isEqualTo(InvoiceStatus.FINALIZED);
        assertThat(invoices.stored(draft.id())).isEqualTo(finalized.invoice());
    }

    @Test
    void aVoidedPeriodIsInvoicedAgain() {
        Invoice first = service.bill(caller, charges(MARCH, "10.00"), true).invoice();
        invoices.update(first.voided(Instant.parse("2024-03-11T00:00:00Z"), null, first.audit()));

        PeriodInvoice second = service.bill(caller, charges(MARCH, "12.00"), true);

        assertThat(second.created()).isTrue();
        assertThat(second.invoice().id()).isNotEqualTo(first.id());
        assertThat(second.invoice().invoiceNumber()).isEqualTo("INV-202403-00002");
    }

    @Test
    void aDraftWithoutASubscriptionIsNotAPeriodInvoice() {
        InvoiceDraft oneOff = InvoiceDraft.oneOff(CustomerId.of("cust_stored_1"), InvoiceDrafts.USD, List.of());

        assertThat(fieldsRejected(() -> service.bill(caller, oneOff, true))).containsExactly("subscription_id");
        assertThat(fieldsRejected(() -> service.bill(caller, "sub_1", null, true))).containsExactly("period_start");
    }
}
