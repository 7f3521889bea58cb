package io.flexprice.ports.in.subscription;

import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's subscription update: schedule or clear a cancellation ({@code cancelAtPeriodEnd},
 * {@code cancelAt}), plus the lookup key and metadata. Null fields keep their value.
 */
public record UpdateSubscriptionCommand(Boolean cancelAtPeriodEnd, Instant cancelAt, String lookupKey,
                                        Map<String, String> metadata) {
}
