package io.flexprice.adapters.http.wallet;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The wallet API's wire values: decimal strings in and out, rates, YYYYMMDD dates, enums. */
final class WalletWire {

    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    private WalletWire() {
    }

    /** A decimal sent as a string (or a JSON number), or null when absent or invalid (recorded in {@code wire}). */
    static BigDecimal decimal(WireParser wire, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!DECIMAL.matcher(text.trim()).matches()) {
            wire.add(field, "must be a decimal number such as 12.34");
            return null;
        }
        return new BigDecimal(text.trim());
    }

    static Credits credits(WireParser wire, String text, String field) {
        BigDecimal value = decimal(wire, text, field);
        return value == null ? null : wire.parse(f -> field, () -> new Credits(value));
    }

    static Credits credits(WireParser wire, BigDecimal value, String field) {
        return value == null ? null : wire.parse(f -> field, () -> new Credits(value));
    }

    static ConversionRate rate(WireParser wire, String text, String field) {
        BigDecimal value = decimal(wire, text, field);
        return value == null ? null : wire.parse(f -> field, () -> new ConversionRate(value));
    }

    /** FlexPrice's YYYYMMDD expiry: the credits expire at 00:00 UTC of that day. */
    static Instant yyyymmdd(WireParser wire, Integer value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.format(Locale.ROOT, "%08d", value), DateTimeFormatter.BASIC_ISO_DATE)
                    .atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            wire.add(field, "must be a date as YYYYMMDD, such as 20250101");
            return null;
        }
    }

    /** An enum's wire value, null when absent or invalid (recorded under {@code field}). */
    static <E> E enumValue(WireParser wire, String text, String field, Function<String, E> fromWire) {
        return text == null || text.isBlank() ? null : wire.parse(f -> field, () -> fromWire.apply(text));
    }

    static String format(Credits credits) {
        return credits == null ? null : credits.toPlainString();
    }

    static String format(ConversionRate rate) {
        return rate == null ? null : rate.toPlainString();
    }

    static String format(Money money) {
        return money.amount().stripTrailingZeros().toPlainString();
    }

    static BigDecimal number(Credits credits) {
        return credits == null ? null : new BigDecimal(credits.toPlainString());
    }

    static String currency(java.util.Currency currency) {
        return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
    }
}
