package io.flexprice.ports.in.creditgrant;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import java.time.Instant;

/** A new grant; the rules are {@link io.flexprice.domain.creditgrant.CreditGrant}'s. */
public record CreateCreditGrantCommand(String name, CreditGrantScope scope, PlanId planId,
                                       SubscriptionId subscriptionId, Credits credits, CreditGrantCadence cadence,
                                       CreditGrantPeriod period, Integer periodCount,
                                       CreditGrantExpiryType expirationType, Integer expirationDuration,
                                       CreditGrantExpiryDurationUnit expirationDurationUnit, Integer priority,
                                       ConversionRate conversionRate, ConversionRate topupConversionRate,
                                       Instant startDate, Instant endDate, Metadata metadata) {
}
