package io.flexprice.sdk.common;

/**
 * Support for the SDK's open enums: records such as {@link Status} that hold the wire string, have a
 * constant per value this version knows, and keep any other value as it came (a server may add values
 * before the SDK knows them), with {@code isKnown()} false.
 */
public final class OpenEnums {

    private OpenEnums() {
    }

    /** The value, if it is a non-blank string. */
    public static String require(String value, String type) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(type + " needs a non-blank value");
        }
        return value;
    }
}
