package io.flexprice.sdk.apikeys;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.CreateAPIKeyRequest}, for {@code POST /v1/secrets/api/keys}.
 *
 * @param name a name to recognise the key by
 * @param type the kind of key (required by this server)
 * @param expiresAt when the key stops working; never when unset
 * @param environmentScoped whether the key is bound to the caller's environment (the default) or works tenant-wide with {@code X-Environment-ID} (an extension of this server)
 */
public record CreateApiKeyParams(String name, ApiKeyType type, Instant expiresAt, Boolean environmentScoped) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.type = type;
        builder.expiresAt = expiresAt;
        builder.environmentScoped = environmentScoped;
        return builder;
    }

    /** Builds a {@link CreateApiKeyParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private ApiKeyType type;
        private Instant expiresAt;
        private Boolean environmentScoped;

        private Builder() {
        }

        /** A name to recognise the key by. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The kind of key (required by this server). */
        public Builder type(ApiKeyType type) {
            this.type = type;
            return this;
        }

        /** When the key stops working; never when unset. */
        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        /** Whether the key is bound to the caller's environment (the default) or works tenant-wide with {@code X-Environment-ID} (an extension of this server). */
        public Builder environmentScoped(Boolean environmentScoped) {
            this.environmentScoped = environmentScoped;
            return this;
        }

        public CreateApiKeyParams build() {
            return new CreateApiKeyParams(name, type, expiresAt, environmentScoped);
        }
    }
}
