package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.PauseSubscriptionRequest} ({@code pauseMode} required).
 *
 * @param pauseMode now, scheduled or at the period end
 * @param pauseStart when it starts, for a scheduled pause
 * @param pauseEnd when it ends by itself
 * @param pauseDays how many days it lasts, instead of {@code pauseEnd}
 * @param reason why
 * @param metadata your key/value pairs
 * @param dryRun answer what would happen, and change nothing
 */
public record PauseSubscriptionParams(PauseMode pauseMode, Instant pauseStart, Instant pauseEnd, Integer pauseDays,
                                      String reason, Map<String, String> metadata, Boolean dryRun) {

    public PauseSubscriptionParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.pauseMode = pauseMode;
        builder.pauseStart = pauseStart;
        builder.pauseEnd = pauseEnd;
        builder.pauseDays = pauseDays;
        builder.reason = reason;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.dryRun = dryRun;
        return builder;
    }

    /** Builds a {@link PauseSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private PauseMode pauseMode;
        private Instant pauseStart;
        private Instant pauseEnd;
        private Integer pauseDays;
        private String reason;
        private Map<String, String> metadata;
        private Boolean dryRun;

        private Builder() {
        }

        /** Now, scheduled or at the period end. */
        public Builder pauseMode(PauseMode pauseMode) {
            this.pauseMode = pauseMode;
            return this;
        }

        /** When it starts, for a scheduled pause. */
        public Builder pauseStart(Instant pauseStart) {
            this.pauseStart = pauseStart;
            return this;
        }

        /** When it ends by itself. */
        public Builder pauseEnd(Instant pauseEnd) {
            this.pauseEnd = pauseEnd;
            return this;
        }

        /** How many days it lasts, instead of {@code pauseEnd}. */
        public Builder pauseDays(Integer pauseDays) {
            this.pauseDays = pauseDays;
            return this;
        }

        /** Why. */
        public Builder reason(String reason) {
            this.reason = reason;
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

        /** Answer what would happen, and change nothing. */
        public Builder dryRun(Boolean dryRun) {
            this.dryRun = dryRun;
            return this;
        }

        public PauseSubscriptionParams build() {
            return new PauseSubscriptionParams(pauseMode, pauseStart, pauseEnd, pauseDays, reason, metadata, dryRun);
        }
    }
}
