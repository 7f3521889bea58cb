package io.flexprice.ports.in.subscription;

import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ProrationBehavior;

/** A cancellation: now or at the period end; {@code prorationBehavior} null means CREATE_PRORATIONS. */
public record CancelSubscriptionCommand(CancellationType type, ProrationBehavior prorationBehavior, String reason) {
}
