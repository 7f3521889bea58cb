package io.flexprice.domain.entitlement;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.entitlement.Entitlements.API_CALLS;
import static io.flexprice.domain.entitlement.Entitlements.CREATED;
import static io.flexprice.domain.entitlement.Entitlements.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EntitlementTest {

    private static Entitlement build(EntitlementEntityType type, FeatureType featureType, String limit,
                                     UsageResetPeriod period, String staticValue, EntitlementId parent,
                                     Instant start, Instant end) {
        return new Entitlement(EntitlementId.of("ent_1"), SCOPE, type, "plan_pro", API_CALLS, featureType, true,
                limit == null ? null : new BigDecimal(limit), period, false, staticValue, parent, start, end,
                Status.PUBLISHED, Audit.createdBy("test", CREATED));
    }

    @Test
    void everyMisuseOfTheFieldsIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> build(EntitlementEntityType.PLAN, FeatureType.BOOLEAN, "10",
                UsageResetPeriod.MONTHLY, "gold", EntitlementId.of("ent_0"), CREATED, CREATED)))
                .containsExactlyInAnyOrder("usage_limit", "usage_reset_period", "static_value",
                        "parent_entitlement_id", "end_date");
        assertThat(fieldsRejected(() -> build(EntitlementEntityType.PLAN, FeatureType.METERED, "-1", null, null,
                null, null, null))).containsExactly("usage_limit");
        assertThat(fieldsRejected(() -> build(EntitlementEntityType.PLAN, FeatureType.STATIC, null, null, null,
                null, null, null))).containsExactly("static_value");
    }

    @Test
    void anOverrideIsTheSubscriptionsCopyNamingItsParentWithTheGivenFieldsChanged() {
        Entitlement parent = Entitlements.ofPlan("1000");

        Entitlement override = parent.overriddenFor(EntitlementId.of("ent_9"), "subs_1", null,
                new BigDecimal("5000"), null, Audit.createdBy("bob", CREATED));

        assertThat(override.entityType()).isEqualTo(EntitlementEntityType.SUBSCRIPTION);
        assertThat(override.entityId()).isEqualTo("subs_1");
        assertThat(override.parentEntitlementId()).isEqualTo(parent.id());
        assertThat(override.usageLimit()).isEqualByComparingTo("5000");
        assertThat(override.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
        assertThat(override.enabled()).isTrue();
    }

    @Test
    void anUpdateChangesTheGivenFieldsAndKeepsTheOthers() {
        Entitlement e = Entitlements.ofPlan("1000");

        Entitlement changed = e.withChanges(null, null, UsageResetPeriod.DAILY, true, null,
                e.audit().updatedBy("bob", CREATED.plusSeconds(5)));

        assertThat(changed.usageLimit()).isEqualByComparingTo("1000");
        assertThat(changed.usageResetPeriod()).isEqualTo(UsageResetPeriod.DAILY);
        assertThat(changed.softLimit()).isTrue();
    }

    @Test
    void inForceOverItsHalfOpenSpanOnlyWhilePublished() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant end = Instant.parse("2026-02-01T00:00:00Z");
        Entitlement e = build(EntitlementEntityType.PLAN, FeatureType.METERED, "5", null, null, null, start, end);

        assertThat(e.isInForceAt(start.minusNanos(1))).isFalse();
        assertThat(e.isInForceAt(start)).isTrue();
        assertThat(e.isInForceAt(end.minusNanos(1))).isTrue();
        assertThat(e.isInForceAt(end)).isFalse();
        assertThat(e.deleted(e.audit()).isInForceAt(start)).isFalse();
    }
}
