package io.flexprice.adapters.http.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreatePriceRequestTest {

    private static CreatePriceRequest tiered(List<TierRequest> tiers, String currency, String type) {
        return new CreatePriceRequest(null, "RECURRING", "TIERED", "MONTHLY", null, currency, null, null, "plan_1",
                "PLAN", "ARREAR", "pro_tokens", null, "meter_1", null, "SLAB", tiers, null, type, null, null, null);
    }

    private static List<String> fieldsRejected(CreatePriceRequest request) {
        return catchThrowableOfType(ValidationException.class, request::toCommand).violations().stream()
                .map(ValidationException.Violation::field).toList();
    }

    @Test
    void tieredRequestBecomesTheTermsWithAmountsExactlyAsSent() {
        CreatePriceCommand command = tiered(List.of(new TierRequest(new BigDecimal("1000"), "0.010", null),
                new TierRequest(null, "0.005", "2.50")), "usd", "USAGE").toCommand();

        assertThat(command.entityType()).isEqualTo(PriceEntityType.PLAN);
        assertThat(command.terms().billingModel()).isEqualTo(BillingModel.TIERED);
        assertThat(command.terms().tierMode()).isEqualTo(TierMode.SLAB);
        assertThat(command.terms().tiers().get(0).unitAmount()).isEqualTo(new BigDecimal("0.010"));
        assertThat(command.terms().tiers().get(1).flatAmount()).isEqualTo(new BigDecimal("2.50"));
    }

    @Test
    void tierBoundsOutOfOrderAreNamedByTheirIndex() {
        assertThat(fieldsRejected(tiered(List.of(new TierRequest(new BigDecimal("1000"), "0.01", null),
                new TierRequest(new BigDecimal("500"), "0.02", null), new TierRequest(null, "0.005", null)),
                "usd", "USAGE"))).containsExactly("tiers[1].up_to");
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceWithTierFieldsPrefixed() {
        assertThat(fieldsRejected(tiered(List.of(new TierRequest(new BigDecimal("-1"), "1e3", "x"),
                new TierRequest(null, null, null)), "XXX", "SEATS")))
                .containsExactlyInAnyOrder("type", "currency", "tiers[0].unit_amount", "tiers[0].flat_amount",
                        "tiers[1].unit_amount");
    }

    @Test
    void startAndEndDatesAreRfc3339TimestampsAndABadOneIsNamed() {
        CreatePriceRequest dated = new CreatePriceRequest("49.00", "RECURRING", "FLAT_FEE", "MONTHLY", null, "usd",
                null, null, "addon_1", "ADDON", "ADVANCE", null, null, null, null, null, null, null, "FIXED", "FIAT",
                "2024-04-01T02:00:00+02:00", "2024-05-01T00:00:00Z");

        CreatePriceCommand command = dated.toCommand();

        assertThat(command.entityType()).isEqualTo(PriceEntityType.ADDON);
        assertThat(command.startDate()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
        assertThat(command.endDate()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(fieldsRejected(new CreatePriceRequest("49.00", "RECURRING", "FLAT_FEE", "MONTHLY", null, "usd",
                null, null, "addon_1", "ADDON", "ADVANCE", null, null, null, null, null, null, null, "FIXED", "FIAT",
                "April", null))).containsExactly("start_date");
    }
}
