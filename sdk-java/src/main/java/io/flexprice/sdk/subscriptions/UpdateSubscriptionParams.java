package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateSubscriptionRequest}: {@code cancelAt} or {@code cancelAtPeriodEnd} schedule a
 * cancellation ({@code cancelAtPeriodEnd(false)} clears it). {@code lookupKey} and {@code metadata} are
 * extensions of this server. Fields left unset keep their value.
 *
 * @param cancelAt when to cancel
 * @param cancelAtPeriodEnd cancel at the current period's end (true), or not (false)
 * @param lookupKey your key (extension)
 * @param metadata your key/value pairs (extension)
 */
public record UpdateSubscriptionParams(Instant cancelAt, Boolean cancelAtPeriodEnd, String lookupKey,
                                       Map<String, String> metadata) {

    public UpdateSubscriptionParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.cancelAt = cancelAt;
        builder.cancelAtPeriodEnd = cancelAtPeriodEnd;
        builder.lookupKey = lookupKey;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link UpdateSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Instant cancelAt;
        private Boolean cancelAtPeriodEnd;
        private String lookupKey;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** When to cancel. */
        public Builder cancelAt(Instant cancelAt) {
            this.cancelAt = cancelAt;
            return this;
        }

        /** Cancel at the current period's end (true), or not (false). */
        public Builder cancelAtPeriodEnd(Boolean cancelAtPeriodEnd) {
            this.cancelAtPeriodEnd = cancelAtPeriodEnd;
            return this;
        }

        /** Your key (extension). */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Your key/value pairs (extension). */
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

        public UpdateSubscriptionParams build() {
            return new UpdateSubscriptionParams(cancelAt, cancelAtPeriodEnd, lookupKey, metadata);
        }
    }
}
