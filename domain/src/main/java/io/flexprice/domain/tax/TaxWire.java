package io.flexprice.domain.tax;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the tax enums' wire values, in any case. */
final class TaxWire {

    private TaxWire() {
    }

    static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireValue, String value, String field) {
        for (E candidate : values) {
            if (wireValue.apply(candidate).equalsIgnoreCase(value)) {
                return candidate;
            }
        }
        throw ValidationException.of(field, "must be one of "
                + Arrays.stream(values).map(wireValue).collect(Collectors.joining(", ")));
    }
}
