package io.flexprice.adapters.http.invoice;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.billing.Period;
import java.time.Instant;

/**
 * FlexPrice's {@code dto.GetPreviewInvoiceRequest}: the subscription, and a period given whole or not at all (the
 * subscription's current one).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PreviewInvoiceRequest(String subscriptionId, String periodStart, String periodEnd) {

    public Preview toPreview() {
        WireParser wire = new WireParser();
        if (subscriptionId == null || subscriptionId.isBlank()) {
            wire.add("subscription_id", "is required");
        }
        Instant start = wire.instant(periodStart, "period_start");
        Instant end = wire.instant(periodEnd, "period_end");
        Period period = start == null && end == null ? null : wire.parse(() -> new Period(start, end));
        wire.throwIfInvalid();
        return new Preview(subscriptionId, period);
    }

    public record Preview(String subscriptionId, Period period) {
    }
}
