package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.entitlement.OverrideEntitlementRequest;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.Commitment;
import io.flexprice.domain.subscription.PriceOverride;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.in.entitlement.OverrideEntitlementCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateSubscriptionRequest}. {@code billing_cadence} must be RECURRING;
 * {@code subscription_status} may be {@code draft} (or {@code active}, the default). {@code line_items} take a
 * {@code price_id} (an inline {@code price} is refused). Accepted and ignored: {@code collection_method},
 * {@code payment_behavior}, {@code payment_terms}, {@code gateway_payment_method_id}, {@code invoice_billing},
 * {@code commitment_duration}, {@code line_item_coupons}, {@code tax_rate_overrides},
 * {@code credit_grants}, {@code phases}, {@code parent_subscription_id}. Refused as not served here:
 * {@code addons} and {@code line_item_commitments}. {@code coupons} (coupon ids) are attached to the subscription
 * when it is created, and redeemed then; {@code override_entitlements} are stored with the subscription
 * ({@link #overrides()}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateSubscriptionRequest(String customerId, String externalCustomerId, String planId, String currency,
                                        String billingCadence, String billingCycle, String billingPeriod,
                                        Integer billingPeriodCount, String customerTimezone, String startDate,
                                        String endDate, String trialStart, String trialEnd, String commitmentAmount,
                                        String overageFactor, Boolean enableTrueUp, String prorationBehavior,
                                        String subscriptionStatus, String lookupKey, Map<String, String> metadata,
                                        List<OverrideLineItemRequest> overrideLineItems,
                                        List<LineItemRequest> lineItems, List<Object> addons,
                                        Map<String, Object> lineItemCommitments, List<String> coupons,
                                        List<OverrideEntitlementRequest> overrideEntitlements) {

    /** FlexPrice's {@code override_entitlements}: each violation named {@code override_entitlements[i].field}. */
    public List<OverrideEntitlementCommand> overrides() {
        WireParser wire = new WireParser();
        List<OverrideEntitlementCommand> commands = OverrideEntitlementRequest.toCommands(wire, overrideEntitlements);
        wire.throwIfInvalid();
        return commands;
    }

    public CreateSubscriptionCommand toCommand() {
        WireParser wire = new WireParser();
        Currency unit = currency == null || currency.isBlank() ? null
                : wire.parse(() -> Money.parseCurrency(currency, "currency"));
        BillingCadence cadence = SubscriptionWire.wireEnum(wire, "", billingCadence, BillingCadence::fromWire);
        if (cadence == BillingCadence.ONETIME) {
            wire.add("billing_cadence", "must be RECURRING");
        }
        BillingCycle cycle = billingCycle == null || billingCycle.isBlank() ? null : cycle(wire, billingCycle);
        BillingPeriod period = SubscriptionWire.wireEnum(wire, "", billingPeriod, BillingPeriod::fromWire);
        if (billingPeriod == null || billingPeriod.isBlank()) {
            wire.add("billing_period", "is required");
        }
        SubscriptionStatus status = SubscriptionWire.wireEnum(wire, "", subscriptionStatus,
                SubscriptionStatus::fromWire);
        if (status != null && status != SubscriptionStatus.DRAFT && status != SubscriptionStatus.ACTIVE) {
            wire.add("subscription_status", "must be draft or active");
        }
        ProrationBehavior proration = SubscriptionWire.wireEnum(wire, "", prorationBehavior,
                ProrationBehavior::fromWire);
        BigDecimal commitment = Decimals.parse(wire, commitmentAmount, "commitment_amount");
        BigDecimal factor = Decimals.parse(wire, overageFactor, "overage_factor");
        Commitment commitmentTerms = wire.parse(() -> new Commitment(commitment, factor,
                Boolean.TRUE.equals(enableTrueUp)));
        List<PriceOverride> overrides = new ArrayList<>();
        if (overrideLineItems != null) {
            for (int i = 0; i < overrideLineItems.size(); i++) {
                OverrideLineItemRequest override = overrideLineItems.get(i);
                String prefix = "override_line_items[" + i + "].";
                if (override == null) {
                    wire.add("override_line_items[" + i + "]", "is required");
                } else {
                    PriceOverride parsed = override.toOverride(wire, prefix);
                    if (parsed != null) {
                        overrides.add(parsed);
                    }
                }
            }
        }
        List<CreateSubscriptionCommand.LineItem> lines = new ArrayList<>();
        if (lineItems != null) {
            for (int i = 0; i < lineItems.size(); i++) {
                LineItemRequest line = lineItems.get(i);
                if (line == null) {
                    wire.add("line_items[" + i + "]", "is required");
                } else {
                    lines.add(line.toLine(wire, "line_items[" + i + "]."));
                }
            }
        }
        if (addons != null && !addons.isEmpty()) {
            wire.add("addons", "addons on a subscription are not served yet");
        }
        if (lineItemCommitments != null && !lineItemCommitments.isEmpty()) {
            wire.add("line_item_commitments", "commitments per line item are not supported; use commitment_amount");
        }
        if (coupons != null) {
            for (int i = 0; i < coupons.size(); i++) {
                if (coupons.get(i) == null || coupons.get(i).isBlank()) {
                    wire.add("coupons[" + i + "]", "is required");
                }
            }
        }
        var start = wire.instant(startDate, "start_date");
        var end = wire.instant(endDate, "end_date");
        var trialFrom = wire.instant(trialStart, "trial_start");
        var trialTo = wire.instant(trialEnd, "trial_end");
        wire.throwIfInvalid();
        return new CreateSubscriptionCommand(customerId, externalCustomerId, planId, unit, cycle, period,
                billingPeriodCount, customerTimezone, start, end, trialFrom, trialTo, commitmentTerms, proration,
                status == SubscriptionStatus.DRAFT, lookupKey, metadata, overrides, lines,
                coupons == null ? List.of() : List.copyOf(coupons));
    }

    static BillingCycle cycle(WireParser wire, String text) {
        try {
            return BillingCycle.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            wire.add("billing_cycle", "must be anniversary or calendar");
            return null;
        }
    }
}
