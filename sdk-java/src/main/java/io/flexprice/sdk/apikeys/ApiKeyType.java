package io.flexprice.sdk.apikeys;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * The kind of an API key (FlexPrice's secret types).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ApiKeyType(@JsonValue String value) {

    public static final ApiKeyType PRIVATE_KEY = new ApiKeyType("private_key");
    public static final ApiKeyType PUBLISHABLE_KEY = new ApiKeyType("publishable_key");
    public static final ApiKeyType INTEGRATION = new ApiKeyType("integration");

    private static final Set<ApiKeyType> KNOWN = Set.of(PRIVATE_KEY, PUBLISHABLE_KEY, INTEGRATION);

    public ApiKeyType {
        OpenEnums.require(value, "ApiKeyType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ApiKeyType of(String value) {
        return new ApiKeyType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
