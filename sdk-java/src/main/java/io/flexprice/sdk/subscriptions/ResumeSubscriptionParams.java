package io.flexprice.sdk.subscriptions;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.ResumeSubscriptionRequest} ({@code resumeMode} required).
 *
 * @param resumeMode {@code immediate} (a pause with an end resumes by itself)
 * @param metadata your key/value pairs
 * @param dryRun answer what would happen, and change nothing
 */
public record ResumeSubscriptionParams(ResumeMode resumeMode, Map<String, String> metadata, Boolean dryRun) {

    public ResumeSubscriptionParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.resumeMode = resumeMode;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.dryRun = dryRun;
        return builder;
    }

    /** Builds a {@link ResumeSubscriptionParams}; unset fields are left out of the request. */
    public static final class Builder {
        private ResumeMode resumeMode;
        private Map<String, String> metadata;
        private Boolean dryRun;

        private Builder() {
        }

        /** {@code immediate} (a pause with an end resumes by itself). */
        public Builder resumeMode(ResumeMode resumeMode) {
            this.resumeMode = resumeMode;
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

        public ResumeSubscriptionParams build() {
            return new ResumeSubscriptionParams(resumeMode, metadata, dryRun);
        }
    }
}
