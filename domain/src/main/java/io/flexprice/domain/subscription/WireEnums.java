package io.flexprice.domain.subscription;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of the subscription enums, whose wire values are their names in lower case (FlexPrice's spelling). */
final class WireEnums {

    private WireEnums() {
    }

    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(E[] values, String text, String field) {
        for (E candidate : values) {
            if (wire(candidate).equalsIgnoreCase(text == null ? "" : text.trim())) {
                return candidate;
            }
        }
        throw ValidationException.of(field, "must be one of "
                + Arrays.stream(values).map(WireEnums::wire).collect(Collectors.joining(", ")));
    }
}
