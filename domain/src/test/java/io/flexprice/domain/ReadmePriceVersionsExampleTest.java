package io.flexprice.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceSuccession;
import io.flexprice.domain.pricing.PriceTermsChange;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The price versions example of domain/README.md, as written there. */
class ReadmePriceVersionsExampleTest {

    @Test
    void aTermChangeFromAprilKeepsTheOldAmountUntilThenAndTheNewOneFromThen() {
        Instant created = Instant.parse("2026-01-01T00:00:00Z");
        Price fee = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, Currency.getInstance("USD"),
                new BigDecimal("49"), null, List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1,
                InvoiceCadence.ADVANCE, null);
        ListedPrice current = new ListedPrice(PriceId.of("price_1"), Scope.of("tenant_1", "env_1"),
                PriceEntityType.PLAN, "plan_1", "pro_fee", null, "Platform fee", null, null, fee, Status.PUBLISHED,
                Audit.createdBy("alice", created));

        Instant april = Instant.parse("2026-04-01T00:00:00Z");
        PriceSuccession change = current.succeededBy(PriceId.of("price_2"),
                new PriceTermsChange(null, new BigDecimal("59"), null, null, null).applyTo(fee), april, "bob",
                Instant.parse("2026-03-10T09:00:00Z"));

        assertThat(change.ended().isInEffectAt(april.minusSeconds(1))).isTrue();
        assertThat(change.ended().isInEffectAt(april)).isFalse();
        assertThat(change.successor().isInEffectAt(april)).isTrue();
        assertThat(change.successor().terms().amount()).isEqualByComparingTo("59");
        assertThat(change.successor().lookupKey()).isEqualTo("pro_fee");
        assertThat(change.successor().parentPriceId()).isEqualTo(PriceId.of("price_1"));
    }
}
