package io.flexprice.adapters.http.invoice;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Money on the wire of the billing documents, as FlexPrice writes its decimals: a string without trailing zeros
 * ({@code "12.3"}, {@code "100"}, {@code "0"}) and a lower-case currency; requests send decimal strings (or JSON
 * numbers) such as {@code "12.34"}.
 */
public final class Amounts {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Amounts() {
    }

    public static String format(Money money) {
        return money == null ? null : format(money.amount());
    }

    public static String format(BigDecimal value) {
        return value == null ? null : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    public static String currency(Currency currency) {
        return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
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

    /** An enum (or any value) parsed from optional text: null when absent, its violations under {@code prefix}. */
    public static <T> T optional(WireParser wire, String prefix, String text, Supplier<T> parse) {
        return text == null || text.isBlank() ? null : wire.parse(prefix, parse);
    }
}
