package io.flexprice.domain.wallet;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the wallet enums' wire values, in any case. */
final class WireValues {

    private WireValues() {
    }

    static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireValue, String value, String field) {
        if (value != null) {
            for (E candidate : values) {
                if (wireValue.apply(candidate).equalsIgnoreCase(value.trim())) {
                    return candidate;
                }
            }
        }
        throw ValidationException.of(field, "must be one of "
                + Arrays.stream(values).map(wireValue).collect(Collectors.joining(", ")));
    }
}
