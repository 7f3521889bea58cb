package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePriceRequest}. {@code lookup_key}, {@code display_name}, {@code description}
 * and {@code metadata} change in place; absent ones keep their value. FlexPrice turns a change of the
 * terms ({@code amount}, {@code tiers}, ...) into a new price version; that is not served yet and is
 * refused with a 400 rather than ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdatePriceRequest(String lookupKey, String displayName, String description,
                                 Map<String, String> metadata, String amount, String billingModel, String tierMode,
                                 List<TierRequest> tiers, TransformQuantityRequest transformQuantity,
                                 String effectiveFrom) {

    public UpdatePriceCommand toCommand() {
        WireParser wire = new WireParser();
        String unsupported = "changing a price's terms is not supported yet; create a new price instead";
        if (amount != null) {
            wire.add("amount", unsupported);
        }
        if (billingModel != null) {
            wire.add("billing_model", unsupported);
        }
        if (tierMode != null) {
            wire.add("tier_mode", unsupported);
        }
        if (tiers != null) {
            wire.add("tiers", unsupported);
        }
        if (transformQuantity != null) {
            wire.add("transform_quantity", unsupported);
        }
        if (effectiveFrom != null) {
            wire.add("effective_from", unsupported);
        }
        wire.throwIfInvalid();
        return new UpdatePriceCommand(lookupKey, displayName, description, metadata);
    }
}
