package io.flexprice.domain.invoice;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parsing of the billing documents' enums (invoices, payments, credit notes) from their wire values, any case. */
public final class EnumWire {

    private EnumWire() {
    }

    /**
     * The constant whose wire value is {@code value}, ignoring case.
     *
     * @throws ValidationException naming {@code field} and listing the accepted values
     */
    public static <E extends Enum<E>> E parse(E[] values, Function<E, String> wireValue, String value, String field) {
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
