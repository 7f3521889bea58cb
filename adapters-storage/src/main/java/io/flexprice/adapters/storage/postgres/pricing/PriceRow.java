package io.flexprice.adapters.storage.postgres.pricing;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row of {@code prices}: enums as their wire values, amounts as NUMERIC (read back at the scale written),
 * the tiers as a JSON array of objects whose numbers are decimal strings, the metadata as JSON text, the
 * validity as {@code start_date} and a nullable {@code end_date}.
 */
final class PriceRow extends ScopedRow {

    private String entityType;
    private String entityId;
    private String lookupKey;
    private String meterId;
    private String displayName;
    private String description;
    private String metadata;
    private String type;
    private String billingModel;
    private String currency;
    private BigDecimal amount;
    private String tierMode;
    private String tiers;
    private BigDecimal transformDivideBy;
    private String transformRound;
    private String billingCadence;
    private String billingPeriod;
    private int billingPeriodCount;
    private String invoiceCadence;
    private BigDecimal minQuantity;
    private Instant startDate;
    private Instant endDate;
    private String parentPriceId;

    static PriceRow from(ListedPrice price) {
        PriceRow row = new PriceRow();
        row.fill(price.id().value(), price.scope(), price.status(), price.audit());
        row.entityType = price.entityType().name();
        row.entityId = price.entityId();
        row.lookupKey = price.lookupKey();
        row.meterId = price.meterId() == null ? null : price.meterId().value();
        row.displayName = price.displayName();
        row.description = price.description();
        row.metadata = JsonColumns.write(price.metadata().values());
        Price terms = price.terms();
        row.type = terms.type().name();
        row.billingModel = terms.billingModel().name();
        row.currency = terms.currency().getCurrencyCode();
        row.amount = terms.amount();
        row.tierMode = terms.tierMode() == null ? null : terms.tierMode().name();
        row.tiers = JsonColumns.write(terms.tiers().stream().map(PriceRow::tierColumn).toList());
        row.transformDivideBy = terms.transformQuantity() == null ? null : terms.transformQuantity().divideBy();
        row.transformRound = terms.transformQuantity() == null ? null : terms.transformQuantity().round().wireValue();
        row.billingCadence = terms.billingCadence().name();
        row.billingPeriod = terms.billingPeriod() == null ? null : terms.billingPeriod().name();
        row.billingPeriodCount = terms.billingPeriodCount();
        row.invoiceCadence = terms.invoiceCadence().name();
        row.minQuantity = terms.minQuantity();
        row.startDate = price.startDate();
        row.endDate = price.endDate();
        row.parentPriceId = price.parentPriceId() == null ? null : price.parentPriceId().value();
        return row;
    }

    ListedPrice toDomain() {
        Price terms = new Price(PriceType.fromWire(type), BillingModel.fromWire(billingModel),
                Currency.getInstance(currency), amount, tierMode == null ? null : TierMode.fromWire(tierMode),
                JsonColumns.read(tiers, new TypeReference<List<Map<String, String>>>() { }).stream()
                        .map(PriceRow::tier).toList(),
                transformDivideBy == null ? null
                        : new TransformQuantity(transformDivideBy, RoundType.fromWire(transformRound)),
                BillingCadence.fromWire(billingCadence),
                billingPeriod == null ? null : BillingPeriod.fromWire(billingPeriod), billingPeriodCount,
                InvoiceCadence.fromWire(invoiceCadence), minQuantity);
        return new ListedPrice(new PriceId(id), scope(), PriceEntityType.fromWire(entityType), entityId, lookupKey,
                meterId == null ? null : new MeterId(meterId), displayName, description,
                Metadata.of(JsonColumns.readStringMap(metadata)), terms, startDate, endDate,
                parentPriceId == null ? null : new PriceId(parentPriceId), status, audit());
    }

    private static Map<String, String> tierColumn(PriceTier tier) {
        Map<String, String> column = new LinkedHashMap<>();
        column.put("up_to", tier.upTo() == null ? null : tier.upTo().toPlainString());
        column.put("unit_amount", tier.unitAmount().toPlainString());
        column.put("flat_amount", tier.flatAmount().toPlainString());
        return column;
    }

    private static PriceTier tier(Map<String, String> column) {
        String upTo = column.get("up_to");
        return new PriceTier(upTo == null ? null : new BigDecimal(upTo), new BigDecimal(column.get("unit_amount")),
                new BigDecimal(column.get("flat_amount")));
    }
}
