package io.flexprice.adapters.http.common;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Decimal amounts as FlexPrice sends and returns them: strings such as {@code "12.34"}, no exponent, read
 * exactly as written.
 */
public final class WireDecimals {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private WireDecimals() {
    }

    /** The value, or null when absent or invalid (an invalid one is recorded in {@code wire}). */
    public static BigDecimal parse(WireParser wire, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!DECIMAL.matcher(text.trim()).matches()) {
            wire.add(field, "must be a decimal number such as 12.34");
            return null;
        }
        return new BigDecimal(text.trim());
    }

    public static String format(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }
}
