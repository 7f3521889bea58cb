package io.flexprice.adapters.http.entitlement;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.ValidationException;
import java.util.function.Function;

/** Parsing of the entitlement enums, each failure recorded under its field. */
final class EntitlementWire {

    private EntitlementWire() {
    }

    /** The value of {@code text} (null when absent), or null with the violation recorded as {@code prefix + field}. */
    static <T> T parse(WireParser wire, String prefix, String field, String text, Function<String, T> parser) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.trim());
        } catch (ValidationException invalid) {
            invalid.violations().forEach(v -> wire.add(prefix + field, v.message()));
            return null;
        }
    }
}
