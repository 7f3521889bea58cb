package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateWalletRequest}: the customer by {@code customerId} or {@code externalCustomerId}.
 * This server's extensions: {@code name} and {@code config} (allowed price types), as on update.
 *
 * @param customerId the customer
 * @param externalCustomerId or the customer by your id
 * @param name name
 * @param description description
 * @param currency ISO 4217 code (required)
 * @param walletType prepaid (the default) or postpaid
 * @param conversionRate the currency one credit is worth (default 1)
 * @param topupConversionRate the rate purchased credits are bought at (default: the conversion rate)
 * @param initialCreditsToLoad credits granted free at creation
 * @param initialCreditsExpiryDateUtc when the initial credits expire
 * @param metadata your key-value pairs
 * @param autoTopup automatic top-up
 * @param config the price types its credits pay for
 */
public record CreateWalletParams(String customerId, String externalCustomerId, String name, String description,
                                 String currency, WalletType walletType,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal conversionRate,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal topupConversionRate,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal initialCreditsToLoad,
                                 Instant initialCreditsExpiryDateUtc, Map<String, String> metadata,
                                 Wallet.AutoTopUp autoTopup, Wallet.WalletConfig config) {

    public CreateWalletParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.customerId(customerId);
        b.externalCustomerId(externalCustomerId);
        b.name(name);
        b.description(description);
        b.currency(currency);
        b.walletType(walletType);
        b.conversionRate(conversionRate);
        b.topupConversionRate(topupConversionRate);
        b.initialCreditsToLoad(initialCreditsToLoad);
        b.initialCreditsExpiryDateUtc(initialCreditsExpiryDateUtc);
        b.metadata(metadata);
        b.autoTopup(autoTopup);
        b.config(config);
        return b;
    }

    /** Builds a {@link CreateWalletParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String customerId;
        private String externalCustomerId;
        private String name;
        private String description;
        private String currency;
        private WalletType walletType;
        private BigDecimal conversionRate;
        private BigDecimal topupConversionRate;
        private BigDecimal initialCreditsToLoad;
        private Instant initialCreditsExpiryDateUtc;
        private Map<String, String> metadata;
        private Wallet.AutoTopUp autoTopup;
        private Wallet.WalletConfig config;

        private Builder() {
        }

        /** The customer. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Or the customer by your id. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** Name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** ISO 4217 code (required). */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** Prepaid (the default) or postpaid. */
        public Builder walletType(WalletType walletType) {
            this.walletType = walletType;
            return this;
        }

        /** The currency one credit is worth (default 1). */
        public Builder conversionRate(BigDecimal conversionRate) {
            this.conversionRate = conversionRate;
            return this;
        }

        public Builder conversionRate(String conversionRate) {
            return conversionRate(conversionRate == null ? null : new BigDecimal(conversionRate));
        }

        /** The rate purchased credits are bought at (default: the conversion rate). */
        public Builder topupConversionRate(BigDecimal topupConversionRate) {
            this.topupConversionRate = topupConversionRate;
            return this;
        }

        public Builder topupConversionRate(String topupConversionRate) {
            return topupConversionRate(topupConversionRate == null ? null : new BigDecimal(topupConversionRate));
        }

        /** Credits granted free at creation. */
        public Builder initialCreditsToLoad(BigDecimal initialCreditsToLoad) {
            this.initialCreditsToLoad = initialCreditsToLoad;
            return this;
        }

        public Builder initialCreditsToLoad(String initialCreditsToLoad) {
            return initialCreditsToLoad(initialCreditsToLoad == null ? null : new BigDecimal(initialCreditsToLoad));
        }

        /** When the initial credits expire. */
        public Builder initialCreditsExpiryDateUtc(Instant initialCreditsExpiryDateUtc) {
            this.initialCreditsExpiryDateUtc = initialCreditsExpiryDateUtc;
            return this;
        }

        /** Your key-value pairs. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one to metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        /** Automatic top-up. */
        public Builder autoTopup(Wallet.AutoTopUp autoTopup) {
            this.autoTopup = autoTopup;
            return this;
        }

        /** The price types its credits pay for. */
        public Builder config(Wallet.WalletConfig config) {
            this.config = config;
            return this;
        }

        public CreateWalletParams build() {
            return new CreateWalletParams(customerId, externalCustomerId, name, description, currency, walletType,
                    conversionRate, topupConversionRate, initialCreditsToLoad, initialCreditsExpiryDateUtc, metadata,
                    autoTopup, config);
        }
    }
}
