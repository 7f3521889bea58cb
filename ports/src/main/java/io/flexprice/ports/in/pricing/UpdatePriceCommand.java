package io.flexprice.ports.in.pricing;

import io.flexprice.domain.pricing.PriceTermsChange;
import java.time.Instant;
import java.util.Map;

/**
 * A change of a price; null keeps the current value. The lookup key, display name, description and metadata
 * change in place. A change of the terms ({@code termsChange} not empty) ends the price at
 * {@code effectiveFrom} (default: now) and starts a new version there, which the other fields then apply to;
 * {@code effectiveFrom} without a change of terms is refused.
 */
public record UpdatePriceCommand(String lookupKey, String displayName, String description,
                                 Map<String, String> metadata, PriceTermsChange termsChange, Instant effectiveFrom) {

    public UpdatePriceCommand {
        termsChange = termsChange == null ? PriceTermsChange.NONE : termsChange;
    }

    /** A change in place of the fields that are not terms. */
    public UpdatePriceCommand(String lookupKey, String displayName, String description,
                              Map<String, String> metadata) {
        this(lookupKey, displayName, description, metadata, PriceTermsChange.NONE, null);
    }
}
