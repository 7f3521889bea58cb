package io.flexprice.domain.subscription;

import static io.flexprice.domain.subscription.Subscriptions.aSubscription;
import static io.flexprice.domain.subscription.Subscriptions.at;
import static io.flexprice.domain.subscription.Subscriptions.fixedAdvance;
import static io.flexprice.domain.subscription.Subscriptions.fixedArrear;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AddonAssociationTest {

    private static final Audit CHANGED = Audit.createdBy("test", at("2026-01-11T00:00:00Z"));

    private static SubscriptionLineItem addonLine(String lineId, String addonId, String associationId,
                                                  Instant start) {
        return SubscriptionLineItem.snapshot(SubscriptionLineItemId.of(lineId), LineItemEntityType.ADDON, addonId,
                fixedAdvance("10.00"), null, null, start, null,
                Metadata.of(Map.of(AddonAssociation.KEY, associationId, "seat", "7")), CHANGED);
    }

    @Test
    void theAddonLinesOfOneAssociationAreReadBackAsOneWithTheirRequestMetadataOnly() {
        Instant day11 = at("2026-01-11T00:00:00Z");
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build()
                .withLineItem(addonLine("line_a", "addon_1", "line_a", day11), CHANGED)
                .withLineItem(addonLine("line_b", "addon_1", "line_a", day11), CHANGED)
                .withLineItem(addonLine("line_c", "addon_1", "line_c", at("2026-01-12T00:00:00Z")), CHANGED);

        List<AddonAssociation> associations = AddonAssociation.of(subscription, day11);

        assertThat(associations).extracting(AddonAssociation::id).containsExactly("line_a", "line_c");
        AddonAssociation first = associations.get(0);
        assertThat(first.lineItemIds()).extracting(SubscriptionLineItemId::value).containsExactly("line_a", "line_b");
        assertThat(first.addonId()).isEqualTo("addon_1");
        assertThat(first.startDate()).isEqualTo(day11);
        assertThat(first.endDate()).isNull();
        assertThat(first.active()).isTrue();
        assertThat(first.metadata().values()).containsExactly(Map.entry("seat", "7"));
    }

    @Test
    void anAssociationWhoseLinesAllEndedIsInactiveFromItsEnd() {
        Instant day11 = at("2026-01-11T00:00:00Z");
        Instant day21 = at("2026-01-21T00:00:00Z");
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build()
                .withLineItem(addonLine("line_a", "addon_1", "line_a", day11), CHANGED)
                .withLineItem(addonLine("line_b", "addon_1", "line_a", day11), CHANGED);
        Subscription ended = subscription.withLineItemEnded(SubscriptionLineItemId.of("line_a"), day21, CHANGED)
                .withLineItemEnded(SubscriptionLineItemId.of("line_b"), day21, CHANGED);

        assertThat(AddonAssociation.of(ended, day21.minusSeconds(1))).singleElement()
                .satisfies(a -> assertThat(a.active()).isTrue());
        assertThat(AddonAssociation.of(ended, day21)).singleElement().satisfies(a -> {
            assertThat(a.active()).isFalse();
            assertThat(a.endDate()).isEqualTo(day21);
        });
    }

    @Test
    void planLinesAndAddonLinesWithoutAnAssociationAreNoAssociation() {
        SubscriptionLineItem unassociated = SubscriptionLineItem.snapshot(SubscriptionLineItemId.of("line_x"),
                LineItemEntityType.ADDON, "addon_1", fixedArrear("5.00"), null, null, at("2026-01-11T00:00:00Z"),
                null, null, CHANGED);
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build()
                .withLineItem(unassociated, CHANGED);

        assertThat(AddonAssociation.of(subscription, at("2026-01-11T00:00:00Z"))).isEmpty();
    }
}
