package io.flexprice.sdk.wallets;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateWalletRequest}: fields left unset keep their value.
 *
 * @param name name
 * @param description description
 * @param metadata your key-value pairs
 * @param autoTopup automatic top-up
 * @param config the price types its credits pay for
 */
public record UpdateWalletParams(String name, String description, Map<String, String> metadata,
                                 Wallet.AutoTopUp autoTopup, Wallet.WalletConfig config) {

    public UpdateWalletParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name(name);
        b.description(description);
        b.metadata(metadata);
        b.autoTopup(autoTopup);
        b.config(config);
        return b;
    }

    /** Builds a {@link UpdateWalletParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private Map<String, String> metadata;
        private Wallet.AutoTopUp autoTopup;
        private Wallet.WalletConfig config;

        private Builder() {
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

        public UpdateWalletParams build() {
            return new UpdateWalletParams(name, description, metadata, autoTopup, config);
        }
    }
}
