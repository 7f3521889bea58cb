package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreatePriceRequest}, for {@code POST /v1/prices} and inside a plan. Amounts travel as
 * decimal strings.
 *
 * @param type fixed or usage
 * @param billingModel flat fee, package or tiered
 * @param amount the amount (per unit, per package, or the fee); not for tiered prices
 * @param currency ISO 4217 code, e.g. {@code usd}
 * @param billingCadence recurring or one time
 * @param billingPeriod the period of a recurring price
 * @param billingPeriodCount how many periods one charge covers (default 1)
 * @param invoiceCadence invoiced in advance or in arrear
 * @param tierMode volume or slab, for tiered prices
 * @param tiers the tiers of a tiered price
 * @param transformQuantity the package of a package price
 * @param meterId the meter of a usage price
 * @param entityType what the price belongs to (inside a plan: may be left unset)
 * @param entityId the id of what it belongs to (inside a plan: may be left unset)
 * @param lookupKey your unique key for the price
 * @param displayName display name
 * @param description description
 * @param minQuantity the least quantity charged
 * @param priceUnitType {@code FIAT} (the only one this server serves)
 * @param metadata your key/value pairs
 * @param startDate from when the price is in effect (default: when it is created)
 * @param endDate from when it is no longer in effect (default: never)
 */
public record CreatePriceParams(PriceType type, BillingModel billingModel,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                                BillingCadence billingCadence, BillingPeriod billingPeriod, Integer billingPeriodCount,
                                InvoiceCadence invoiceCadence, TierMode tierMode, List<PriceTier> tiers,
                                TransformQuantity transformQuantity, String meterId, PriceEntityType entityType,
                                String entityId, String lookupKey, String displayName, String description,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal minQuantity,
                                PriceUnitType priceUnitType, Map<String, String> metadata, Instant startDate,
                                Instant endDate) {

    public CreatePriceParams {
        tiers = tiers == null ? null : List.copyOf(tiers);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.type = type;
        builder.billingModel = billingModel;
        builder.amount = amount;
        builder.currency = currency;
        builder.billingCadence = billingCadence;
        builder.billingPeriod = billingPeriod;
        builder.billingPeriodCount = billingPeriodCount;
        builder.invoiceCadence = invoiceCadence;
        builder.tierMode = tierMode;
        builder.tiers = tiers == null ? null : new ArrayList<>(tiers);
        builder.transformQuantity = transformQuantity;
        builder.meterId = meterId;
        builder.entityType = entityType;
        builder.entityId = entityId;
        builder.lookupKey = lookupKey;
        builder.displayName = displayName;
        builder.description = description;
        builder.minQuantity = minQuantity;
        builder.priceUnitType = priceUnitType;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.startDate = startDate;
        builder.endDate = endDate;
        return builder;
    }

    /** Builds a {@link CreatePriceParams}; unset fields are left out of the request. */
    public static final class Builder {
        private PriceType type;
        private BillingModel billingModel;
        private BigDecimal amount;
        private String currency;
        private BillingCadence billingCadence;
        private BillingPeriod billingPeriod;
        private Integer billingPeriodCount;
        private InvoiceCadence invoiceCadence;
        private TierMode tierMode;
        private List<PriceTier> tiers;
        private TransformQuantity transformQuantity;
        private String meterId;
        private PriceEntityType entityType;
        private String entityId;
        private String lookupKey;
        private String displayName;
        private String description;
        private BigDecimal minQuantity;
        private PriceUnitType priceUnitType;
        private Map<String, String> metadata;
        private Instant startDate;
        private Instant endDate;

        private Builder() {
        }

        /** Fixed or usage. */
        public Builder type(PriceType type) {
            this.type = type;
            return this;
        }

        /** Flat fee, package or tiered. */
        public Builder billingModel(BillingModel billingModel) {
            this.billingModel = billingModel;
            return this;
        }

        /** The amount (per unit, per package, or the fee); not for tiered prices. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The amount (per unit, per package, or the fee); not for tiered prices, from its decimal text ({@code "12.34"}). */
        public Builder amount(String amount) {
            this.amount = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        /** ISO 4217 code, e.g. {@code usd}. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Recurring or one time. */
        public Builder billingCadence(BillingCadence billingCadence) {
            this.billingCadence = billingCadence;
            return this;
        }

        /** The period of a recurring price. */
        public Builder billingPeriod(BillingPeriod billingPeriod) {
            this.billingPeriod = billingPeriod;
            return this;
        }

        /** How many periods one charge covers (default 1). */
        public Builder billingPeriodCount(Integer billingPeriodCount) {
            this.billingPeriodCount = billingPeriodCount;
            return this;
        }

        /** Invoiced in advance or in arrear. */
        public Builder invoiceCadence(InvoiceCadence invoiceCadence) {
            this.invoiceCadence = invoiceCadence;
            return this;
        }

        /** Volume or slab, for tiered prices. */
        public Builder tierMode(TierMode tierMode) {
            this.tierMode = tierMode;
            return this;
        }

        /** The tiers of a tiered price. */
        public Builder tiers(List<PriceTier> tiers) {
            this.tiers = tiers == null ? null : new ArrayList<>(tiers);
            return this;
        }

        /** Adds one to tiers. */
        public Builder addTier(PriceTier tier) {
            if (this.tiers == null) {
                this.tiers = new ArrayList<>();
            }
            this.tiers.add(tier);
            return this;
        }

        /** The package of a package price. */
        public Builder transformQuantity(TransformQuantity transformQuantity) {
            this.transformQuantity = transformQuantity;
            return this;
        }

        /** The meter of a usage price. */
        public Builder meterId(String meterId) {
            this.meterId = meterId;
            return this;
        }

        /** What the price belongs to (inside a plan: may be left unset). */
        public Builder entityType(PriceEntityType entityType) {
            this.entityType = entityType;
            return this;
        }

        /** The id of what it belongs to (inside a plan: may be left unset). */
        public Builder entityId(String entityId) {
            this.entityId = entityId;
            return this;
        }

        /** Your unique key for the price. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Display name. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** The least quantity charged. */
        public Builder minQuantity(BigDecimal minQuantity) {
            this.minQuantity = minQuantity;
            return this;
        }

        /** The least quantity charged, from its decimal text ({@code "12.34"}). */
        public Builder minQuantity(String minQuantity) {
            this.minQuantity = minQuantity == null ? null : new BigDecimal(minQuantity);
            return this;
        }

        /** {@code FIAT} (the only one this server serves). */
        public Builder priceUnitType(PriceUnitType priceUnitType) {
            this.priceUnitType = priceUnitType;
            return this;
        }

        /** Your key/value pairs. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Sets one entry of metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        /** From when the price is in effect (default: when it is created). */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** From when it is no longer in effect (default: never). */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
            return this;
        }

        public CreatePriceParams build() {
            return new CreatePriceParams(type, billingModel, amount, currency, billingCadence, billingPeriod,
                    billingPeriodCount, invoiceCadence, tierMode, tiers, transformQuantity, meterId, entityType,
                    entityId, lookupKey, displayName, description, minQuantity, priceUnitType, metadata, startDate,
                    endDate);
        }
    }
}
