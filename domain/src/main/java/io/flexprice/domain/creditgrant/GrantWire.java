package io.flexprice.domain.creditgrant;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parses the wire values of this package's enums, naming the field and the allowed values. */
final class GrantWire {

    private GrantWire() {
    }

    static <E extends Enum<E>> E parse(E[] values, String text, String field, boolean lowerCase) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(text)) {
                return value;
            }
        }
        throw ValidationException.of(field, "must be one of " + Arrays.stream(values)
                .map(v -> lowerCase ? v.name().toLowerCase(Locale.ROOT) : v.name())
                .collect(Collectors.joining(", ")));
    }
}
