package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.LineItemCommand;
import java.math.BigDecimal;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateSubscriptionLineItemRequest} (in a create request and for
 * {@code POST /subscriptions/{id}/lineitems}): a stored {@code price_id} with a quantity. An inline
 * {@code price}, commitments per line and {@code subscription_phase_id} are refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LineItemRequest(String priceId, BigDecimal quantity, String displayName, String startDate,
                              String endDate, Map<String, String> metadata, Object price,
                              BigDecimal commitmentAmount, BigDecimal commitmentQuantity,
                              String subscriptionPhaseId) {

    CreateSubscriptionCommand.LineItem toLine(WireParser wire, String prefix) {
        check(wire, prefix);
        return new CreateSubscriptionCommand.LineItem(priceId, quantity, displayName,
                wire.instant(startDate, prefix + "start_date"), wire.instant(endDate, prefix + "end_date"), metadata);
    }

    public LineItemCommand toCommand() {
        WireParser wire = new WireParser();
        check(wire, "");
        var start = wire.instant(startDate, "start_date");
        var end = wire.instant(endDate, "end_date");
        wire.throwIfInvalid();
        return new LineItemCommand(priceId, quantity, displayName, null, null, null, null, null, start, end,
                metadata);
    }

    private void check(WireParser wire, String prefix) {
        if (price != null) {
            wire.add(prefix + "price", "inline prices are not supported; create the price and give its price_id");
        }
        if (priceId == null || priceId.isBlank()) {
            wire.add(prefix + "price_id", "is required");
        }
        if (quantity != null && quantity.signum() < 0) {
            wire.add(prefix + "quantity", "must not be negative");
        }
        if (commitmentAmount != null || commitmentQuantity != null) {
            wire.add(prefix + "commitment_amount", "commitments per line item are not supported");
        }
        if (subscriptionPhaseId != null && !subscriptionPhaseId.isBlank()) {
            wire.add(prefix + "subscription_phase_id", "subscription phases are not supported");
        }
    }
}
