package io.flexprice.adapters.http.creditgrant;

import io.flexprice.adapters.http.common.WireDecimals;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import java.math.BigDecimal;
import java.util.function.Function;

/** Parsing and formatting shared by the credit grant requests and responses. */
final class CreditGrantWire {

    private CreditGrantWire() {
    }

    static Credits credits(WireParser wire, String text, String field) {
        BigDecimal value = WireDecimals.parse(wire, text, field);
        return value == null ? null : wire.parse(f -> field, () -> new Credits(value));
    }

    static ConversionRate rate(WireParser wire, String text, String field) {
        BigDecimal value = WireDecimals.parse(wire, text, field);
        return value == null ? null : wire.parse(f -> field, () -> new ConversionRate(value));
    }

    static <E> E enumValue(WireParser wire, String text, String field, Function<String, E> fromWire) {
        return text == null || text.isBlank() ? null : wire.parse(f -> field, () -> fromWire.apply(text));
    }

    static String format(Credits credits) {
        return credits == null ? null : credits.toPlainString();
    }

    static String format(ConversionRate rate) {
        return rate == null ? null : rate.toPlainString();
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
