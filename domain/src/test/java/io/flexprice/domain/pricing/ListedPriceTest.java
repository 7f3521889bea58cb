package io.flexprice.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListedPriceTest {

    private static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    private static final Audit AUDIT = Audit.createdBy("alice", Instant.parse("2024-03-01T00:00:00Z"));

    private static ListedPrice listed(String entityId, MeterId meter, Price terms) {
        return new ListedPrice(PriceId.of("price_1"), SCOPE, PriceEntityType.PLAN, entityId, " ", meter, null, null,
                null, terms, Status.PUBLISHED, AUDIT);
    }

    @Test
    void aUsagePriceNeedsAMeterAndAFixedPriceHasNone() {
        assertThat(fields(() -> listed("plan_1", null, Prices.aPrice().type(PriceType.USAGE).build())))
                .containsExactly("meter_id");
        assertThat(fields(() -> listed(null, MeterId.of("meter_1"), Prices.aPrice().type(PriceType.FIXED).build())))
                .containsExactly("entity_id", "meter_id");
    }

    @Test
    void aBlankLookupKeyIsNoneAndDetailsChangeWithoutTouchingTheTerms() {
        Price terms = Prices.aPrice().type(PriceType.USAGE).build();
        ListedPrice price = listed("plan_1", MeterId.of("meter_1"), terms);

        ListedPrice changed = price.withDetails("pro_tokens", "Tokens", null, Metadata.EMPTY, AUDIT);

        assertThat(price.lookupKey()).isNull();
        assertThat(changed.lookupKey()).isEqualTo("pro_tokens");
        assertThat(changed.terms()).isEqualTo(terms);
        assertThat(changed.deleted(AUDIT).isLive()).isFalse();
    }

    private static java.util.List<String> fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable build) {
        return catchThrowableOfType(ValidationException.class, build).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }
}
