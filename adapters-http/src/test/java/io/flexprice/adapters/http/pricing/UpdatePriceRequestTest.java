package io.flexprice.adapters.http.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdatePriceRequestTest {

    @Test
    void fieldsOtherThanTermsMakeAnEmptyTermsChange() {
        UpdatePriceCommand command = new UpdatePriceRequest("key", "Name", "Text", Map.of("a", "b"), null, null, null,
                null, null, null).toCommand();

        assertThat(command.termsChange().isEmpty()).isTrue();
        assertThat(command.effectiveFrom()).isNull();
        assertThat(command.lookupKey()).isEqualTo("key");
    }

    @Test
    void theTermsFieldsBecomeTheChangeExactlyAsSent() {
        UpdatePriceCommand command = new UpdatePriceRequest(null, null, null, null, "12.50", "package", "slab",
                List.of(new TierRequest(new BigDecimal("10"), "0.10", null), new TierRequest(null, "0.05", "1.00")),
                new TransformQuantityRequest(new BigDecimal("100"), "down"), "2024-04-01T00:00:00Z").toCommand();

        assertThat(command.termsChange().billingModel()).isEqualTo(BillingModel.PACKAGE);
        assertThat(command.termsChange().amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(command.termsChange().tierMode()).isEqualTo(TierMode.SLAB);
        assertThat(command.termsChange().tiers()).containsExactly(
                new PriceTier(new BigDecimal("10"), new BigDecimal("0.10"), null),
                new PriceTier(null, new BigDecimal("0.05"), new BigDecimal("1.00")));
        assertThat(command.termsChange().transformQuantity())
                .isEqualTo(new TransformQuantity(new BigDecimal("100"), RoundType.DOWN));
        assertThat(command.effectiveFrom()).isEqualTo(Instant.parse("2024-04-01T00:00:00Z"));
    }

    @Test
    void everyUnreadableTermsFieldIsNamed() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class,
                () -> new UpdatePriceRequest(null, null, null, null, "1e3", "SEATS", "STAIRS",
                        List.of(new TierRequest(null, "x", null)), new TransformQuantityRequest(BigDecimal.ZERO, "up"),
                        "tomorrow").toCommand());

        assertThat(invalid.violations()).extracting(ValidationException.Violation::field).containsExactlyInAnyOrder(
                "billing_model", "tier_mode", "amount", "tiers[0].unit_amount", "transform_quantity.divide_by",
                "effective_from");
    }
}
