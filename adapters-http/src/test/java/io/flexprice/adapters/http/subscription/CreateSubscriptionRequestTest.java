package io.flexprice.adapters.http.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.adapters.http.pricing.TierRequest;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CreateSubscriptionRequestTest {

    private static CreateSubscriptionRequest request(String currency, String period, String status,
                                                     List<OverrideLineItemRequest> overrides) {
        return new CreateSubscriptionRequest("cust_1", null, "plan_1", currency, "RECURRING", "calendar", period, 1,
                "Europe/Berlin", "2026-01-15T00:00:00Z", null, null, "2026-01-22T00:00:00Z", "100.00", "1.5", true,
                "none", status, null, Map.of(), overrides, null, null, null, null, null);
    }

    private static List<String> fieldsRejected(CreateSubscriptionRequest request) {
        return catchThrowableOfType(ValidationException.class, request::toCommand).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void requestBecomesTheCommandWithItsOverridesAndCommitment() {
        CreateSubscriptionCommand command = request("USD", "MONTHLY", "draft", List.of(new OverrideLineItemRequest(
                "price_1", null, "2", "TIERED", "VOLUME", List.of(new TierRequest(null, "0.01", null)), null, null,
                null))).toCommand();

        assertThat(command.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(command.billingCycle()).isEqualTo(BillingCycle.CALENDAR);
        assertThat(command.billingPeriod()).isEqualTo(BillingPeriod.MONTHLY);
        assertThat(command.draft()).isTrue();
        assertThat(command.prorationBehavior()).isEqualTo(ProrationBehavior.NONE);
        assertThat(command.trialEnd()).isEqualTo(Instant.parse("2026-01-22T00:00:00Z"));
        assertThat(command.commitment().amount()).isEqualByComparingTo("100.00");
        assertThat(command.commitment().overageFactor()).isEqualByComparingTo("1.5");
        assertThat(command.commitment().trueUp()).isTrue();
        assertThat(command.overrides()).singleElement().satisfies(o -> {
            assertThat(o.quantity()).isEqualByComparingTo(new BigDecimal("2"));
            assertThat(o.billingModel()).isEqualTo(BillingModel.TIERED);
            assertThat(o.tiers()).hasSize(1);
        });
    }

    @Test
    void everyInvalidFieldIsNamedIncludingTheOverridesByIndex() {
        List<String> fields = fieldsRejected(request("dollars", "FORTNIGHTLY", "paused", List.of(
                new OverrideLineItemRequest(null, "abc", null, "NOPE", null, null, null, "5", null))));

        assertThat(fields).containsExactlyInAnyOrder("currency", "billing_period", "subscription_status",
                "override_line_items[0].price_id", "override_line_items[0].price_unit_amount",
                "override_line_items[0].amount", "override_line_items[0].billing_model");
    }
}
