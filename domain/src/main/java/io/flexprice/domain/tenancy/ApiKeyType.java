package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/** FlexPrice's secret types that are API keys. */
public enum ApiKeyType {
    PRIVATE_KEY,
    PUBLISHABLE_KEY;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ApiKeyType fromWire(String value) {
        for (ApiKeyType t : values()) {
            if (t.wireValue().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw ValidationException.of("type", "must be one of private_key, publishable_key");
    }

    /** The prefix of a freshly issued key of this type, as FlexPrice's keys look. */
    public String keyPrefix() {
        return this == PRIVATE_KEY ? "sk_" : "pk_";
    }
}
