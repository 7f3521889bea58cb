package io.flexprice.adapters.storage.postgres.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionJsonTest {

    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant ADDED = Instant.parse("2026-01-15T10:00:00Z");
    private static final Audit SUBSCRIPTION = new Audit(CREATED, "alice", ADDED, "bob");

    private static SubscriptionLineItem line() {
        Price terms = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, Currency.getInstance("USD"),
                new BigDecimal("9.50"), null, List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1,
                InvoiceCadence.ADVANCE, null);
        return new SubscriptionLineItem(SubscriptionLineItemId.of("subs_line_1"), LineItemEntityType.SUBSCRIPTION,
                "subs_1", PriceId.of("price_1"), null, "Seat", null, terms, ADDED, null, null,
                Audit.createdBy("bob", ADDED));
    }

    @Test
    void aLineKeepsItsOwnAuditThroughTheDocument() {
        SubscriptionLineItem line = line();

        List<SubscriptionLineItem> read = SubscriptionJson.readLines(SubscriptionJson.writeLines(List.of(line)),
                SUBSCRIPTION);

        assertThat(read).containsExactly(line);
        assertThat(read.get(0).audit()).isEqualTo(new Audit(ADDED, "bob", ADDED, "bob"));
    }

    @Test
    void aLineWrittenBeforeLinesHadAnAuditTakesTheSubscriptions() {
        String legacy = SubscriptionJson.writeLines(List.of(line()))
                .replaceAll(",\"created_at\":\"[^\"]*\",\"created_by\":\"[^\"]*\",\"updated_at\":\"[^\"]*\","
                        + "\"updated_by\":\"[^\"]*\"", "");

        List<SubscriptionLineItem> read = SubscriptionJson.readLines(legacy, SUBSCRIPTION);

        assertThat(legacy).doesNotContain("created_at");
        assertThat(read.get(0).audit()).isEqualTo(SUBSCRIPTION);
    }
}
