package io.flexprice.adapters.storage.postgres.subscription;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.PauseStatus;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.ScheduledChange;
import io.flexprice.domain.subscription.SubscriptionBilling;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionPause;
import io.flexprice.domain.subscription.SubscriptionPauseId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSONB documents of a subscription row: its line items (each with the snapshot of its price terms), its
 * pauses and its scheduled change. Every number is a decimal string and every instant an ISO-8601 string, so
 * values are read back exactly as written.
 */
final class SubscriptionJson {

    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private SubscriptionJson() {
    }

    static String writeLines(List<SubscriptionLineItem> lines) {
        return JsonColumns.write(lines.stream().map(SubscriptionJson::line).toList());
    }

    /**
     * The line items of {@code json}. A line written before lines carried their own audit (no {@code created_at})
     * takes {@code fallback}, the subscription's.
     */
    static List<SubscriptionLineItem> readLines(String json, Audit fallback) {
        return JsonColumns.read(json, LIST).stream().map(doc -> line(doc, fallback)).toList();
    }

    static String writePauses(List<SubscriptionPause> pauses) {
        return JsonColumns.write(pauses.stream().map(SubscriptionJson::pause).toList());
    }

    static List<SubscriptionPause> readPauses(String json) {
        return JsonColumns.read(json, LIST).stream().map(SubscriptionJson::pause).toList();
    }

    static String writeChange(ScheduledChange change) {
        if (change == null) {
            return null;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("target_plan_id", change.targetPlanId().value());
        doc.put("effective_at", change.effectiveAt().toString());
        doc.put("change_type", change.changeType().wireValue());
        SubscriptionBilling billing = change.billing();
        doc.put("billing_cycle", billing.cycle().name());
        doc.put("billing_anchor", billing.anchor().toString());
        doc.put("billing_period", billing.period().name());
        doc.put("billing_period_count", Integer.toString(billing.periodCount()));
        doc.put("customer_timezone", billing.zone().getId());
        return JsonColumns.write(doc);
    }

    static ScheduledChange readChange(String json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> doc = JsonColumns.read(json, OBJECT);
        return new ScheduledChange(PlanId.of(text(doc, "target_plan_id")), instant(doc, "effective_at"),
                new SubscriptionBilling(BillingCycle.valueOf(text(doc, "billing_cycle")),
                        instant(doc, "billing_anchor"), BillingPeriod.valueOf(text(doc, "billing_period")),
                        Integer.parseInt(text(doc, "billing_period_count")),
                        ZoneId.of(text(doc, "customer_timezone"))),
                ChangeType.fromWire(text(doc, "change_type")));
    }

    private static Map<String, Object> line(SubscriptionLineItem line) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", line.id().value());
        doc.put("entity_type", line.entityType().wireValue());
        doc.put("entity_id", line.entityId());
        doc.put("price_id", line.priceId().value());
        doc.put("meter_id", line.meterId() == null ? null : line.meterId().value());
        doc.put("display_name", line.displayName());
        doc.put("quantity", line.quantity().toPlainString());
        doc.put("price", terms(line.terms()));
        doc.put("start_date", line.startDate().toString());
        doc.put("end_date", line.endDate() == null ? null : line.endDate().toString());
        doc.put("metadata", line.metadata().values());
        doc.put("created_at", line.audit().createdAt().toString());
        doc.put("created_by", line.audit().createdBy());
        doc.put("updated_at", line.audit().updatedAt().toString());
        doc.put("updated_by", line.audit().updatedBy());
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static SubscriptionLineItem line(Map<String, Object> doc, Audit fallback) {
        String meter = text(doc, "meter_id");
        return new SubscriptionLineItem(SubscriptionLineItemId.of(text(doc, "id")),
                LineItemEntityType.fromWire(text(doc, "entity_type")), text(doc, "entity_id"),
                PriceId.of(text(doc, "price_id")), meter == null ? null : MeterId.of(meter), text(doc, "display_name"),
                decimal(doc, "quantity"), terms((Map<String, Object>) doc.get("price")), instant(doc, "start_date"),
                instant(doc, "end_date"), metadata(doc), doc.get("created_at") == null ? fallback
                        : new Audit(instant(doc, "created_at"), text(doc, "created_by"), instant(doc, "updated_at"),
                                text(doc, "updated_by")));
    }

    private static Map<String, Object> terms(Price terms) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("type", terms.type().name());
        doc.put("billing_model", terms.billingModel().name());
        doc.put("currency", terms.currency().getCurrencyCode());
        doc.put("amount", plain(terms.amount()));
        doc.put("tier_mode", terms.tierMode() == null ? null : terms.tierMode().name());
        doc.put("tiers", terms.tiers().stream().map(tier -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("up_to", plain(tier.upTo()));
            t.put("unit_amount", plain(tier.unitAmount()));
            t.put("flat_amount", plain(tier.flatAmount()));
            return t;
        }).toList());
        doc.put("divide_by", terms.transformQuantity() == null ? null : plain(terms.transformQuantity().divideBy()));
        doc.put("round", terms.transformQuantity() == null ? null : terms.transformQuantity().round().wireValue());
        doc.put("billing_cadence", terms.billingCadence().name());
        doc.put("billing_period", terms.billingPeriod() == null ? null : terms.billingPeriod().name());
        doc.put("billing_period_count", Integer.toString(terms.billingPeriodCount()));
        doc.put("invoice_cadence", terms.invoiceCadence().name());
        doc.put("min_quantity", plain(terms.minQuantity()));
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static Price terms(Map<String, Object> doc) {
        List<Map<String, Object>> tiers = (List<Map<String, Object>>) doc.get("tiers");
        String divideBy = text(doc, "divide_by");
        String period = text(doc, "billing_period");
        String mode = text(doc, "tier_mode");
        return new Price(PriceType.fromWire(text(doc, "type")), BillingModel.fromWire(text(doc, "billing_model")),
                Currency.getInstance(text(doc, "currency")), decimal(doc, "amount"),
                mode == null ? null : TierMode.fromWire(mode),
                tiers.stream().map(t -> new PriceTier(decimal(t, "up_to"), decimal(t, "unit_amount"),
                        decimal(t, "flat_amount"))).toList(),
                divideBy == null ? null
                        : new TransformQuantity(new BigDecimal(divideBy), RoundType.fromWire(text(doc, "round"))),
                BillingCadence.fromWire(text(doc, "billing_cadence")),
                period == null ? null : BillingPeriod.fromWire(period),
                Integer.parseInt(text(doc, "billing_period_count")),
                InvoiceCadence.fromWire(text(doc, "invoice_cadence")), decimal(doc, "min_quantity"));
    }

    private static Map<String, Object> pause(SubscriptionPause pause) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", pause.id().value());
        doc.put("pause_mode", pause.pauseMode().wireValue());
        doc.put("resume_mode", pause.resumeMode() == null ? null : pause.resumeMode().wireValue());
        doc.put("pause_start", pause.pauseStart().toString());
        doc.put("pause_end", pause.pauseEnd() == null ? null : pause.pauseEnd().toString());
        doc.put("resumed_at", pause.resumedAt() == null ? null : pause.resumedAt().toString());
        doc.put("pause_status", pause.pauseStatus().wireValue());
        doc.put("reason", pause.reason());
        doc.put("metadata", pause.metadata().values());
        doc.put("original_period_start", string(pause.originalPeriodStart()));
        doc.put("original_period_end", string(pause.originalPeriodEnd()));
        doc.put("created_at", pause.audit().createdAt().toString());
        doc.put("created_by", pause.audit().createdBy());
        doc.put("updated_at", pause.audit().updatedAt().toString());
        doc.put("updated_by", pause.audit().updatedBy());
        return doc;
    }

    private static SubscriptionPause pause(Map<String, Object> doc) {
        String resume = text(doc, "resume_mode");
        return new SubscriptionPause(SubscriptionPauseId.of(text(doc, "id")), PauseMode.fromWire(text(doc, "pause_mode")),
                resume == null ? null : ResumeMode.fromWire(resume), instant(doc, "pause_start"),
                instant(doc, "pause_end"), instant(doc, "resumed_at"), PauseStatus.fromWire(text(doc, "pause_status")),
                text(doc, "reason"), metadata(doc), instant(doc, "original_period_start"),
                instant(doc, "original_period_end"), new Audit(instant(doc, "created_at"), text(doc, "created_by"),
                        instant(doc, "updated_at"), text(doc, "updated_by")));
    }

    @SuppressWarnings("unchecked")
    private static Metadata metadata(Map<String, Object> doc) {
        Object values = doc.get("metadata");
        return values == null ? Metadata.EMPTY : Metadata.of((Map<String, String>) values);
    }

    private static String text(Map<String, Object> doc, String key) {
        Object value = doc.get(key);
        return value == null ? null : value.toString();
    }

    private static BigDecimal decimal(Map<String, Object> doc, String key) {
        String value = text(doc, key);
        return value == null ? null : new BigDecimal(value);
    }

    private static Instant instant(Map<String, Object> doc, String key) {
        String value = text(doc, key);
        return value == null ? null : Instant.parse(value);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String string(Instant value) {
        return value == null ? null : value.toString();
    }
}
