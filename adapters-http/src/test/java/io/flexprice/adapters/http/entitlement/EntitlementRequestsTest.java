package io.flexprice.adapters.http.entitlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.ports.in.entitlement.CreateEntitlementCommand;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntitlementRequestsTest {

    private static CreateEntitlementRequest request(String planId, String entityType, String entityId,
                                                    String featureType, String period) {
        return new CreateEntitlementRequest(planId, entityType, entityId, "feat_1", featureType, null,
                new BigDecimal("10"), period, null, null, null, null, null);
    }

    private static List<String> fieldsRejected(Runnable parse) {
        return catchThrowableOfType(ValidationException.class, parse::run).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void planIdAloneMeansAPlansEntitlement() {
        CreateEntitlementCommand command = request("plan_1", null, null, "metered", "monthly").toCommand();

        assertThat(command.entityType()).isEqualTo(EntitlementEntityType.PLAN);
        assertThat(command.entityId()).isEqualTo("plan_1");
        assertThat(command.featureType()).isEqualTo(FeatureType.METERED);
        assertThat(command.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThat(fieldsRejected(() -> request(null, "CUSTOMER", null, "gauge", "HOURLY").toCommand()))
                .containsExactlyInAnyOrder("entity_type", "entity_id", "feature_type", "usage_reset_period");
        assertThat(fieldsRejected(() -> request("plan_1", "ADDON", null, "metered", null).toCommand()))
                .containsExactly("plan_id");
    }

    @Test
    void bulkItemsAreNamedByTheirPosition() {
        BulkCreateEntitlementsRequest bulk = new BulkCreateEntitlementsRequest(Arrays.asList(
                request("plan_1", null, null, "metered", null), null,
                request("plan_1", null, null, "metered", "YEARLY")));

        assertThat(fieldsRejected(bulk::toCommands)).containsExactly("items[1]", "items[2].usage_reset_period");
        assertThat(fieldsRejected(() -> new BulkCreateEntitlementsRequest(List.of()).toCommands()))
                .containsExactly("items");
    }

    @Test
    void theSearchTakesPlanIdsAsPlanEntities() {
        var search = new EntitlementSearchRequest(List.of("plan_1", "plan_2"), null, null, List.of("feat_1"),
                "boolean", true, null, 10, 0, "asc").toSearch();

        assertThat(search.filter().entityType()).isEqualTo(EntitlementEntityType.PLAN);
        assertThat(search.filter().entityIds()).containsExactly("plan_1", "plan_2");
        assertThat(search.filter().featureType()).isEqualTo(FeatureType.BOOLEAN);
        assertThat(search.page().limit()).isEqualTo(10);
    }
}
