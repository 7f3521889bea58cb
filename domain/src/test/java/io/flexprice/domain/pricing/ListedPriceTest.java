package io.flexprice.domain.pricing;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListedPriceTest {

    private static final Scope SCOPE = Scope.of("tenant_1", "env_1");
    private static final Instant CREATED = Instant.parse("2024-03-01T00:00:00Z");
    private static final Audit AUDIT = Audit.createdBy("alice", CREATED);
    private static final Instant NOW = Instant.parse("2024-03-10T12:00:00Z");
    private static final Instant APRIL = Instant.parse("2024-04-01T00:00:00Z");

    private static ListedPrice listed(String entityId, MeterId meter, Price terms) {
        return new ListedPrice(PriceId.of("price_1"), SCOPE, PriceEntityType.PLAN, entityId, " ", meter, null, null,
                null, terms, Status.PUBLISHED, AUDIT);
    }

    private static ListedPrice fee(String lookupKey, Instant start, Instant end) {
        return new ListedPrice(PriceId.of("price_1"), SCOPE, PriceEntityType.ADDON, "addon_1", lookupKey, null,
                "Fee", "Monthly", Metadata.of(Map.of("k", "v")), Prices.aPrice().type(PriceType.FIXED).build(),
                start, end, null, Status.PUBLISHED, AUDIT);
    }

    @Test
    void aUsagePriceNeedsAMeterAndAFixedPriceHasNone() {
        assertThat(fieldsRejected(() -> listed("plan_1", null, Prices.aPrice().type(PriceType.USAGE).build())))
                .containsExactly("meter_id");
        assertThat(fieldsRejected(() -> listed(null, MeterId.of("meter_1"),
                Prices.aPrice().type(PriceType.FIXED).build())))
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

    @Test
    void aPriceWithoutAStartDateStartsWhenItWasCreatedAndHasNoEnd() {
        ListedPrice price = listed("plan_1", MeterId.of("meter_1"), Prices.aPrice().build());

        assertThat(price.startDate()).isEqualTo(CREATED);
        assertThat(price.endDate()).isNull();
        assertThat(price.parentPriceId()).isNull();
        assertThat(price.rootPriceId()).isEqualTo(price.id());
    }

    @Test
    void anEndDateNotAfterTheStartDateIsRefused() {
        assertThat(fieldsRejected(() -> fee(null, APRIL, APRIL))).containsExactly("end_date");
        assertThat(fieldsRejected(() -> fee(null, APRIL, APRIL.minusSeconds(1)))).containsExactly("end_date");
    }

    @Test
    void aPriceIsInEffectFromItsStartIncludedToItsEndExcluded() {
        ListedPrice march = fee(null, CREATED, APRIL);

        assertThat(march.isInEffectAt(CREATED.minusNanos(1))).isFalse();
        assertThat(march.isInEffectAt(CREATED)).isTrue();
        assertThat(march.isInEffectAt(APRIL.minusNanos(1))).isTrue();
        assertThat(march.isInEffectAt(APRIL)).isFalse();
        assertThat(march.hasEndedBy(APRIL.minusNanos(1))).isFalse();
        assertThat(march.hasEndedBy(APRIL)).isTrue();
        assertThat(fee(null, CREATED, null).isInEffectAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
        assertThat(march.deleted(AUDIT).isInEffectAt(CREATED)).isFalse();
    }

    @Test
    void aTermChangeEndsThePriceWhereItsSuccessorStartsAndMovesTheLookupKey() {
        ListedPrice current = fee("addon_fee", CREATED, null);
        Price newTerms = Prices.aPrice().type(PriceType.FIXED).flatFee("12.00").build();

        PriceSuccession change = current.succeededBy(PriceId.of("price_2"), newTerms, APRIL, "bob", NOW);

        ListedPrice ended = change.ended();
        assertThat(ended.endDate()).isEqualTo(APRIL);
        assertThat(ended.lookupKey()).isNull();
        assertThat(ended.terms()).isEqualTo(current.terms());
        assertThat(ended.audit()).isEqualTo(new Audit(CREATED, "alice", NOW, "bob"));
        ListedPrice successor = change.successor();
        assertThat(successor.id()).isEqualTo(PriceId.of("price_2"));
        assertThat(successor.startDate()).isEqualTo(APRIL);
        assertThat(successor.endDate()).isNull();
        assertThat(successor.parentPriceId()).isEqualTo(current.id());
        assertThat(successor.lookupKey()).isEqualTo("addon_fee");
        assertThat(successor.terms()).isEqualTo(newTerms);
        assertThat(successor.entityType()).isEqualTo(PriceEntityType.ADDON);
        assertThat(successor.entityId()).isEqualTo("addon_1");
        assertThat(successor.displayName()).isEqualTo("Fee");
        assertThat(successor.metadata()).isEqualTo(current.metadata());
        assertThat(successor.audit()).isEqualTo(Audit.createdBy("bob", NOW));
        assertThat(ended.isInEffectAt(APRIL.minusNanos(1))).isTrue();
        assertThat(ended.isInEffectAt(APRIL)).isFalse();
        assertThat(successor.isInEffectAt(APRIL)).isTrue();
    }

    @Test
    void everyVersionOfALineNamesItsFirstPriceAsParent() {
        ListedPrice first = fee("addon_fee", CREATED, null);
        ListedPrice second = first.succeededBy(PriceId.of("price_2"), first.terms(), APRIL, "bob", NOW).successor();

        ListedPrice third = second.succeededBy(PriceId.of("price_3"), first.terms(),
                Instant.parse("2024-05-01T00:00:00Z"), "bob", NOW).successor();

        assertThat(third.parentPriceId()).isEqualTo(first.id());
    }

    @Test
    void aTermChangeInThePastOrNotAfterTheStartIsRefusedOnEffectiveFrom() {
        ListedPrice startsInApril = fee("addon_fee", APRIL, null);
        Price terms = startsInApril.terms();

        assertThat(fieldsRejected(() -> fee(null, CREATED, null).succeededBy(PriceId.of("price_2"), terms,
                NOW.minusNanos(1), "bob", NOW))).containsExactly("effective_from");
        assertThat(fieldsRejected(() -> startsInApril.succeededBy(PriceId.of("price_2"), terms, APRIL, "bob", NOW)))
                .containsExactly("effective_from");
        assertThat(fieldsRejected(() -> startsInApril.succeededBy(PriceId.of("price_2"), terms, NOW, "bob", NOW)))
                .containsExactly("effective_from");
    }

    @Test
    void aPriceThatAlreadyEndsCannotBeSucceededAgain() {
        ListedPrice ended = fee(null, CREATED, APRIL);

        assertThat(fieldsRejected(() -> ended.succeededBy(PriceId.of("price_2"), ended.terms(),
                APRIL.plusSeconds(60), "bob", NOW))).containsExactly("end_date");
    }

    @Test
    void aPriceEndsAtAFutureInstantAfterItsStartAndKeepsEverythingElse() {
        ListedPrice price = fee("fee", CREATED, null);

        ListedPrice ending = price.endingAt(APRIL, NOW, AUDIT.updatedBy("bob", NOW));

        assertThat(ending.endDate()).isEqualTo(APRIL);
        assertThat(ending.lookupKey()).isEqualTo("fee");
        assertThat(ending.terms()).isEqualTo(price.terms());
        assertThat(ending.isLive()).isTrue();
        assertThat(ending.audit().updatedBy()).isEqualTo("bob");
    }

    @Test
    void anEndInThePastAtTheStartOrAfterTheCurrentEndIsRefusedOnEndDate() {
        ListedPrice price = fee("fee", CREATED, Instant.parse("2024-05-01T00:00:00Z"));

        assertThat(fieldsRejected(() -> price.endingAt(Instant.parse("2024-03-09T00:00:00Z"), NOW, AUDIT)))
                .containsExactly("end_date");
        assertThat(fieldsRejected(() -> fee("fee", APRIL, null).endingAt(APRIL, NOW, AUDIT)))
                .containsExactly("end_date");
        assertThat(fieldsRejected(() -> price.endingAt(Instant.parse("2024-06-01T00:00:00Z"), NOW, AUDIT)))
                .containsExactly("end_date");
    }
}
