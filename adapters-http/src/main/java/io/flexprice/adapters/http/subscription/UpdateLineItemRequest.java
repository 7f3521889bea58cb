package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.adapters.http.pricing.TierRequest;
import io.flexprice.adapters.http.pricing.TransformQuantityRequest;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.ports.in.subscription.LineItemCommand;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateSubscriptionLineItemRequest}: new terms from {@code effective_from} (default
 * now). The line ends there and a new line with the new terms follows it. {@code quantity} is an extension
 * (seats). Commitments per line are refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateLineItemRequest(String amount, String billingModel, String tierMode, List<TierRequest> tiers,
                                    TransformQuantityRequest transformQuantity, String effectiveFrom,
                                    Map<String, String> metadata, BigDecimal quantity, BigDecimal commitmentAmount,
                                    BigDecimal commitmentQuantity) {

    public LineItemCommand toCommand() {
        WireParser wire = new WireParser();
        BigDecimal amountValue = Decimals.parse(wire, amount, "amount");
        BillingModel model = SubscriptionWire.wireEnum(wire, "", billingModel, BillingModel::fromWire);
        TierMode mode = SubscriptionWire.wireEnum(wire, "", tierMode, TierMode::fromWire);
        var parsedTiers = SubscriptionWire.tiers(wire, "", tiers);
        var transform = SubscriptionWire.transform(wire, "", transformQuantity);
        var from = wire.instant(effectiveFrom, "effective_from");
        if (quantity != null && quantity.signum() < 0) {
            wire.add("quantity", "must not be negative");
        }
        if (commitmentAmount != null || commitmentQuantity != null) {
            wire.add("commitment_amount", "commitments per line item are not supported");
        }
        wire.throwIfInvalid();
        return new LineItemCommand(null, quantity, null, amountValue, model, mode, parsedTiers, transform, from, null,
                metadata);
    }
}
