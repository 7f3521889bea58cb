package io.flexprice.ports.application.entitlement;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.entitlement.CreateEntitlementCommand;
import io.flexprice.ports.in.entitlement.OverrideEntitlementCommand;
import io.flexprice.ports.in.entitlement.UpdateEntitlementCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.SequentialIdGenerator;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManageEntitlementsServiceTest {

    private final EntitlementWorld world = new EntitlementWorld();
    private final Caller caller = aCaller().build();
    private final ManageEntitlementsService service = new ManageEntitlementsService(world.entitlements,
            world.features, world.plans, world.addons, world.subscriptions, null, new ImmediateTransactions(),
            new SequentialIdGenerator(), world.clock);

    private static CreateEntitlementCommand calls(String entityId, String limit) {
        return new CreateEntitlementCommand(EntitlementEntityType.PLAN, entityId, FeatureId.of("feat_calls"),
                FeatureType.METERED, null, limit == null ? null : new BigDecimal(limit), UsageResetPeriod.MONTHLY,
                null, null, null, null, null);
    }

    @Test
    void aPlansEntitlementIsStoredEnabledAndASecondOneOfTheSameFeatureConflicts() {
        Entitlement created = service.create(caller, calls("plan_pro", "1000"));

        assertThat(world.entitlements.all()).containsExactly(created);
        assertThat(created.enabled()).isTrue();
        assertThat(created.audit().createdAt()).isEqualTo(world.clock.instant());
        assertThatThrownBy(() -> service.create(caller, calls("plan_pro", "5")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ENTITLEMENT_ALREADY_EXISTS));
    }

    @Test
    void aBulkCreateWithOneBadItemStoresNothingAndNamesTheItem() {
        CreateEntitlementCommand wrongType = new CreateEntitlementCommand(EntitlementEntityType.PLAN, "plan_pro",
                FeatureId.of("feat_sso"), FeatureType.METERED, null, null, null, null, null, null, null, null);

        assertThat(fieldsRejected(() -> service.createAll(caller, List.of(calls("plan_pro", "1"), wrongType))))
                .containsExactly("items[1].feature_type");
        assertThat(world.entitlements.all()).isEmpty();
        assertThatThrownBy(() -> service.create(caller, calls("plan_missing", "1")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
    }

    @Test
    void anUpdateChangesOnlyWhatIsGivenAndADeletedEntitlementIsGone() {
        Entitlement created = service.create(caller, calls("plan_pro", "1000"));

        Entitlement updated = service.update(caller, created.id(),
                new UpdateEntitlementCommand(null, new BigDecimal("2000"), null, true, null));
        service.delete(caller, created.id());

        assertThat(updated.usageLimit()).isEqualByComparingTo("2000");
        assertThat(updated.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
        assertThat(updated.softLimit()).isTrue();
        assertThatThrownBy(() -> service.update(caller, created.id(),
                new UpdateEntitlementCommand(false, null, null, null, null)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ENTITLEMENT_NOT_FOUND));
    }

    @Test
    void overridesMustNameTheSubscriptionsPlanEntitlementsAndAreAllOrNothing() {
        Subscription s = world.subscribe("2026-01-05T00:00:00Z");
        Entitlement plan = service.create(caller, calls("plan_pro", "1000"));
        Entitlement foreign = world.grantCalls(EntitlementEntityType.PLAN, "plan_other", "1",
                UsageResetPeriod.MONTHLY, false);

        assertThat(fieldsRejected(() -> service.override(caller, s.id(), List.of(
                new OverrideEntitlementCommand(plan.id(), null, new BigDecimal("10"), null),
                new OverrideEntitlementCommand(foreign.id(), null, null, null),
                new OverrideEntitlementCommand(EntitlementId.of("ent_missing"), null, null, null)))))
                .containsExactly("override_entitlements[1].entitlement_id",
                        "override_entitlements[2].entitlement_id");
        assertThat(world.entitlements.all()).containsExactly(plan, foreign);

        List<Entitlement> overrides = service.override(caller, s.id(),
                List.of(new OverrideEntitlementCommand(plan.id(), null, new BigDecimal("10"), null)));

        assertThat(overrides.get(0).parentEntitlementId()).isEqualTo(plan.id());
        assertThat(overrides.get(0).entityId()).isEqualTo(s.id().value());
        assertThat(overrides.get(0).usageLimit()).isEqualByComparingTo("10");
    }
}
