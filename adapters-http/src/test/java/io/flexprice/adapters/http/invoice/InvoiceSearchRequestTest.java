package io.flexprice.adapters.http.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceSearchRequestTest {

    @Test
    void queryParametersBecomeTheFilterWithStartAndEndTimesAsPeriodBounds() {
        InvoiceSearchRequest.Search search = InvoiceSearchRequest.fromQuery(List.of("inv_1,inv_2"), "cust_1", null,
                "sub_1", "SUBSCRIPTION", List.of("DRAFT", "FINALIZED"), List.of("PENDING"), null, null, null, null,
                "10.5", null, "2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z", "20", "40", "asc", "true");

        assertThat(search.filter().invoiceIds()).containsExactly("inv_1", "inv_2");
        assertThat(search.filter().invoiceStatuses()).containsExactly(InvoiceStatus.DRAFT, InvoiceStatus.FINALIZED);
        assertThat(search.filter().paymentStatuses()).containsExactly(PaymentStatus.PENDING);
        assertThat(search.filter().amountDueGt()).isEqualTo(new BigDecimal("10.5"));
        assertThat(search.filter().periodStartGte()).isEqualTo(Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(search.filter().periodEndLte()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(search.page().limit()).isEqualTo(20);
        assertThat(search.page().offset()).isEqualTo(40);
        assertThat(search.externalCustomerId()).isNull();
        assertThat(search.skipLineItems()).isTrue();
    }

    @Test
    void anExternalCustomerIdIsCarriedBesideTheFilter() {
        InvoiceSearchRequest.Search search = InvoiceSearchRequest.fromQuery(null, null, "acme", null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null);

        assertThat(search.externalCustomerId()).isEqualTo("acme");
        assertThat(search.skipLineItems()).isFalse();
        assertThat(search.filter().customerId()).isNull();
    }

    @Test
    void badValuesAreRefused() {
        ValidationException refused = catchThrowableOfType(ValidationException.class, () ->
                InvoiceSearchRequest.fromQuery(null, null, "acme", null, "MONTHLY", List.of("PAID"), null, "soon",
                        null, null, null, "lots", null, null, null, "0", null, null, "sometimes"));

        assertThat(refused.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("limit", "amount_due_gt", "skip_line_items", "invoice_type", "invoice_status",
                        "period_start_gte");
    }
}
