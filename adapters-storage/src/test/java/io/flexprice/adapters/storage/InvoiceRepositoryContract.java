package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.SearchFixtures.asc;
import static io.flexprice.adapters.storage.SearchFixtures.before;
import static io.flexprice.adapters.storage.SearchFixtures.desc;
import static io.flexprice.adapters.storage.SearchFixtures.eq;
import static io.flexprice.adapters.storage.SearchFixtures.eqNumber;
import static io.flexprice.adapters.storage.SearchFixtures.gt;
import static io.flexprice.adapters.storage.SearchFixtures.lt;
import static io.flexprice.adapters.storage.SearchFixtures.sortedBy;
import static io.flexprice.adapters.storage.SearchFixtures.where;
import io.flexprice.domain.common.SearchConditions;
import static io.flexprice.adapters.storage.Fixtures.T0;
import static io.flexprice.adapters.storage.InvoiceFixtures.APRIL;
import static io.flexprice.adapters.storage.InvoiceFixtures.MARCH;
import static io.flexprice.adapters.storage.InvoiceFixtures.USD;
import static io.flexprice.adapters.storage.InvoiceFixtures.finalized;
import static io.flexprice.adapters.storage.InvoiceFixtures.oneOff;
import static io.flexprice.adapters.storage.InvoiceFixtures.ofPeriod;
import static io.flexprice.adapters.storage.InvoiceFixtures.usd;
import static io.flexprice.adapters.storage.InvoiceFixtures.voided;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link InvoiceRepository} does. An invoice's customer is a stored customer of its scope. */
public abstract class InvoiceRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private CustomerId customer;

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract InvoiceRepository repository();

    /** Where the invoices' customers are stored first. */
    protected abstract CustomerRepository customers();

    /** The units of work the repository joins. */
    protected abstract Transactions transactions();

    @BeforeEach
    void storeACustomer() {
        customer = InvoiceFixtures.storedCustomer(customers(), scope);
    }

    private static InvoiceFilter filter(String customerId, String subscriptionId, List<InvoiceStatus> statuses,
                                        List<PaymentStatus> paymentStatuses) {
        return new InvoiceFilter(null, customerId, subscriptionId, null, statuses, paymentStatuses, null, null, null,
                null, null, null);
    }

    @Test
    void anInvoiceIsReadBackWithEveryFieldItsLinesDiscountsAndTaxes() {
        Period week = new Period(Instant.parse("2024-03-04T00:00:00Z"), Instant.parse("2024-03-11T00:00:00Z"));
        InvoiceDraft draft = new InvoiceDraft(customer, "sub_42", MARCH, USD, BillingReason.SUBSCRIPTION_CREATE,
                List.of(new InvoiceDraft.Line(PriceId.of("price_1"), PriceType.USAGE, MeterId.of("meter_1"), "Tokens",
                                "PLAN", "plan_1", "Pro", "Tokens used", new BigDecimal("1234.500"),
                                usd("12.3456"), week, Metadata.of(Map.of("k", "v"))),
                        InvoiceDraft.Line.of("Seats", new BigDecimal("3"), usd("30"))),
                List.of(InvoiceDraft.Discount.percentOff("coupon_1", new BigDecimal("10")).onLine(0),
                        new InvoiceDraft.Discount("coupon_2", "assoc_2", io.flexprice.domain.invoice.DiscountType.FIXED,
                                new BigDecimal("1.005"), null)),
                List.of(InvoiceDraft.Tax.percentage("tax_1", new BigDecimal("19")),
                        new InvoiceDraft.Tax("tax_2", "assoc_t", io.flexprice.domain.invoice.TaxType.FIXED,
                                new BigDecimal("0.50"))),
                Instant.parse("2024-04-15T00:00:00Z"), "March", Metadata.of(Map.of("po", "7")));
        Invoice invoice = finalized(InvoiceFixtures.draft(scope, draft, T0))
                .withPayment(usd("5.00"), T0.plusSeconds(60), new Audit(T0, "alice", T0.plusSeconds(60), "bob"))
                .withDetails(null, "https://pdf.example/1.pdf", null, new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().createForPeriod(invoice);

        assertThat(repository().findById(scope, invoice.id())).contains(invoice);
        assertThat(repository().lockById(scope, invoice.id())).contains(invoice);
        assertThat(invoice.lineItems()).hasSize(2);
        assertThat(invoice.discounts()).hasSize(2);
        assertThat(invoice.taxes()).hasSize(2);
    }

    @Test
    void anUpdateReplacesTheFieldsAndTheLines() {
        Invoice draft = ofPeriod(scope, customer, "sub_1", MARCH, "10.00", "5.00");
        repository().createForPeriod(draft);
        InvoiceDraft fresh = InvoiceDraft.forPeriod(customer, "sub_1", MARCH, USD, InvoiceFixtures.lines("7.00"));
        Invoice recalculated = draft.recalculated(fresh, List.of(new InvoiceLineItemId(Fixtures.uniqueId("inv_line"))),
                draft.audit().updatedBy("bob", T0.plusSeconds(5)));

        repository().update(recalculated);
        assertThat(repository().findById(scope, draft.id())).contains(recalculated);

        Invoice closed = finalized(recalculated);
        repository().update(closed);
        assertThat(repository().findById(scope, draft.id())).contains(closed);
    }

    @Test
    void theLinesAndTotalOfPrepaidCreditsAppliedAreReadBack() {
        Invoice draft = ofPeriod(scope, customer, "sub_1", MARCH, "10.00", "5.00");
        repository().createForPeriod(draft);
        // wallets pay 4.00 of the 10.00 line and 5.00 of the 5.00 line: 9.00 in all, 6.00 left to pay
        Invoice paid = draft.withPrepaidCredits(List.of(usd("4.00"), usd("5.00")),
                List.of(new InvoiceLineItemId(Fixtures.uniqueId("inv_line")),
                        new InvoiceLineItemId(Fixtures.uniqueId("inv_line"))),
                draft.audit().updatedBy("bob", T0.plusSeconds(5)));

        repository().update(paid);

        Invoice read = repository().findById(scope, draft.id()).orElseThrow();
        assertThat(read).isEqualTo(paid);
        assertThat(read.amounts().prepaidCreditsApplied()).isEqualTo(usd("9.00"));
        assertThat(read.amounts().total()).isEqualTo(usd("6.00"));
        assertThat(read.lineItems().get(1).prepaidCreditsApplied()).isEqualTo(usd("5.00"));
    }

    @Test
    void anInvoiceOfOneScopeIsInvisibleFromAnother() {
        Invoice invoice = oneOff(scope, customer, "1.00");
        repository().insert(invoice);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));

        assertThat(repository().findById(other, invoice.id())).isEmpty();
        assertThat(repository().lockById(other, invoice.id())).isEmpty();
        assertThat(repository().search(other, InvoiceFilter.ALL, PageRequest.first(10)).total()).isZero();
    }

    @Test
    void aPeriodIsCreatedOnceUntilItsInvoiceIsVoided() {
        Invoice first = ofPeriod(scope, customer, "sub_1", MARCH, "10.00");

        PeriodInvoice created = repository().createForPeriod(first);
        PeriodInvoice again = repository().createForPeriod(ofPeriod(scope, customer, "sub_1", MARCH, "99.00"));

        assertThat(created).isEqualTo(new PeriodInvoice(first, true));
        assertThat(again).isEqualTo(new PeriodInvoice(first, false));
        assertThat(repository().findLiveForPeriod(scope, "sub_1", MARCH, BillingReason.SUBSCRIPTION_CYCLE)).contains(first);
        assertThat(repository().createForPeriod(ofPeriod(scope, customer, "sub_1", APRIL, "1.00")).created()).isTrue();
        assertThat(repository().createForPeriod(ofPeriod(scope, customer, "sub_2", MARCH, "1.00")).created()).isTrue();
        Period overlapping = new Period(MARCH.start(), APRIL.start().plusSeconds(1));
        assertThat(repository().createForPeriod(ofPeriod(scope, customer, "sub_1", overlapping, "1.00")).created())
                .as("another period, even an overlapping one, is another key").isTrue();

        repository().update(voided(first));
        assertThat(repository().findLiveForPeriod(scope, "sub_1", MARCH, BillingReason.SUBSCRIPTION_CYCLE)).isEmpty();
        Invoice second = ofPeriod(scope, customer, "sub_1", MARCH, "12.00");
        assertThat(repository().createForPeriod(second)).isEqualTo(new PeriodInvoice(second, true));
        assertThat(repository().createForPeriod(ofPeriod(scope, customer, "sub_1", MARCH, "1.00")).invoice())
                .isEqualTo(second);
    }

    @Test
    void aSubscriptionsFirstInvoiceAndTheInvoiceAtTheEndOfItsFirstPeriodAreTwoKeys() {
        Invoice cycle = ofPeriod(scope, customer, "sub_1", MARCH, "10.00");
        InvoiceDraft first = new InvoiceDraft(customer, "sub_1", MARCH, USD, BillingReason.SUBSCRIPTION_CREATE,
                InvoiceFixtures.lines("5.00"), List.of(), List.of(), null, null, null);
        Invoice creation = InvoiceFixtures.draft(scope, first, T0);

        assertThat(repository().createForPeriod(creation).created()).isTrue();
        assertThat(repository().createForPeriod(cycle).created()).isTrue();
        assertThat(repository().findLiveForPeriod(scope, "sub_1", MARCH, BillingReason.SUBSCRIPTION_CREATE))
                .contains(creation);
        assertThat(repository().findLiveForPeriod(scope, "sub_1", MARCH, BillingReason.SUBSCRIPTION_CYCLE))
                .contains(cycle);
        assertThat(repository().createForPeriod(InvoiceFixtures.draft(scope, first, T0)).invoice()).isEqualTo(creation);
    }

    @Test
    void eightConcurrentCallersCreateOnePeriodInvoice() throws Exception {
        List<Invoice> candidates = IntStream.range(0, 8)
                .mapToObj(i -> ofPeriod(scope, customer, "sub_race", MARCH, "10.00")).toList();

        List<Future<PeriodInvoice>> results = Concurrently.run(8, thread -> thread % 2 == 0
                ? repository().createForPeriod(candidates.get(thread))
                : transactions().inTransaction(() -> repository().createForPeriod(candidates.get(thread))));

        List<PeriodInvoice> periodInvoices = new ArrayList<>();
        for (Future<PeriodInvoice> result : results) {
            periodInvoices.add(result.get());
        }
        assertThat(periodInvoices).filteredOn(PeriodInvoice::created).hasSize(1);
        Invoice winner = periodInvoices.stream().filter(PeriodInvoice::created).findFirst().orElseThrow().invoice();
        assertThat(periodInvoices).allSatisfy(p -> assertThat(p.invoice()).isEqualTo(winner));
        assertThat(repository().search(scope, filter(null, "sub_race", null, null), PageRequest.first(10)).total())
                .isEqualTo(1);
    }

    @Test
    void searchNarrowsByEveryFilterAndPagesNewestFirst() {
        CustomerId other = InvoiceFixtures.storedCustomer(customers(), scope);
        Invoice oldest = InvoiceFixtures.draft(scope, InvoiceDraft.oneOff(customer, USD,
                InvoiceFixtures.lines("10.00")), T0);
        Invoice middle = finalized(InvoiceFixtures.draft(scope, InvoiceDraft.forPeriod(customer, "sub_1", MARCH, USD,
                InvoiceFixtures.lines("20.00")), T0.plusSeconds(1)));
        Invoice newest = finalized(InvoiceFixtures.draft(scope, InvoiceDraft.forPeriod(other, "sub_2", APRIL, USD,
                InvoiceFixtures.lines("30.00")), T0.plusSeconds(2)));
        newest = newest.withPayment(usd("30.00"), T0, newest.audit());
        Invoice skipped = InvoiceFixtures.draft(scope, InvoiceDraft.forPeriod(customer, "sub_3", MARCH, USD,
                List.of()), T0.plusSeconds(3));
        skipped = skipped.skipped(skipped.audit());
        repository().insert(oldest);
        repository().createForPeriod(middle);
        repository().createForPeriod(newest);
        repository().createForPeriod(skipped);

        assertThat(search(InvoiceFilter.ALL)).containsExactly(newest, middle, oldest);
        assertThat(search(filter(customer.value(), null, null, null))).containsExactly(middle, oldest);
        assertThat(search(filter(null, "sub_2", null, null))).containsExactly(newest);
        assertThat(search(filter(null, null, List.of(InvoiceStatus.SKIPPED, InvoiceStatus.FINALIZED), null)))
                .containsExactly(skipped, newest, middle);
        assertThat(search(filter(null, null, null, List.of(PaymentStatus.PENDING)))).containsExactly(middle, oldest);
        assertThat(search(new InvoiceFilter(List.of(oldest.id().value(), newest.id().value()), null, null, null, null,
                null, null, null, null, null, null, null))).containsExactly(newest, oldest);
        assertThat(search(new InvoiceFilter(null, null, null, InvoiceType.ONE_OFF, null, null, null, null, null, null,
                null, null))).containsExactly(oldest);
        assertThat(search(new InvoiceFilter(null, null, null, null, null, null, APRIL.start(), null, null, null, null,
                null))).containsExactly(newest);
        assertThat(search(new InvoiceFilter(null, null, null, null, null, null, null, MARCH.start(), null,
                MARCH.end(), null, null))).containsExactly(middle);
        assertThat(search(new InvoiceFilter(null, null, null, null, null, null, null, null, null, null,
                new BigDecimal("20.00"), null))).containsExactly(newest);
        assertThat(search(new InvoiceFilter(null, null, null, null, null, null, null, null, null, null, null,
                new BigDecimal("9.99")))).containsExactly(middle, oldest);
        Page<Invoice> page = repository().search(scope, InvoiceFilter.ALL, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void updateOfAnInvoiceThatIsNotStoredFails() {
        assertThatThrownBy(() -> repository().update(oneOff(scope, customer, "1.00")))
                .isInstanceOf(IllegalStateException.class);
    }

    private List<Invoice> search(InvoiceFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10)).items();
    }

    @Test
    void searchConditionsOnAmountsStatusesAndCurrencyWithTheMatchingTotal() {
        Invoice ten = InvoiceFixtures.draft(scope, InvoiceDraft.oneOff(customer, USD,
                InvoiceFixtures.lines("10.00")), T0);
        Invoice twenty = finalized(InvoiceFixtures.draft(scope, InvoiceDraft.forPeriod(customer, "sub_1", MARCH, USD,
                InvoiceFixtures.lines("20.00")), T0.plusSeconds(1)));
        Invoice thirty = finalized(InvoiceFixtures.draft(scope, InvoiceDraft.forPeriod(customer, "sub_2", APRIL, USD,
                InvoiceFixtures.lines("30.00")), T0.plusSeconds(2)));
        thirty = thirty.withPayment(usd("30.00"), T0, thirty.audit());
        repository().insert(ten);
        repository().createForPeriod(twenty);
        repository().createForPeriod(thirty);

        // strict: 20.00 is not above 20
        assertThat(searchWith(where(gt("amount_due", "20"))).items()).containsExactly(thirty);
        assertThat(searchWith(where(lt("amount_due", "20"))).items()).containsExactly(ten);
        assertThat(searchWith(where(eqNumber("amount_due", "20"))).items()).containsExactly(twenty);
        // 30.00 paid in full: nothing remains; 20.00 and 10.00 remain
        assertThat(searchWith(where(gt("amount_remaining", "0"))).items()).containsExactly(twenty, ten);
        assertThat(searchWith(where(eq("invoice_status", "FINALIZED"), eq("payment_status", "PENDING"))).items())
                .containsExactly(twenty);
        assertThat(searchWith(where(eq("currency", "usd"), eq("invoice_type", "SUBSCRIPTION"))).items())
                .containsExactly(thirty, twenty);
        // an invoice without a period satisfies no condition on it
        assertThat(searchWith(where(before("period_start", APRIL.start()))).items()).containsExactly(twenty);
        assertThat(searchWith(sortedBy(asc("amount_due"))).items()).containsExactly(ten, twenty, thirty);
        assertThat(searchWith(sortedBy(desc("period_end"))).items()).containsExactly(ten, thirty, twenty);
        Page<Invoice> page = repository().search(scope, new InvoiceFilter(null, null, null, null, null, null, null,
                null, null, null, null, null, where(List.of(gt("amount_due", "5")), desc("amount_due"))),
                new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(twenty); // the second page of one, largest amount due first
        assertThat(page.total()).isEqualTo(3);
    }

    private Page<Invoice> searchWith(SearchConditions conditions) {
        return repository().search(scope, new InvoiceFilter(null, null, null, null, null, null, null, null, null,
                null, null, null, conditions), PageRequest.first(10));
    }
}
