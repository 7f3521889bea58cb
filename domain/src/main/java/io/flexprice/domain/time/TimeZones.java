package io.flexprice.domain.time;

import io.flexprice.domain.common.ValidationException;
import java.time.DateTimeException;
import java.time.ZoneId;

/** Parsing of the IANA time zone names clients send. */
public final class TimeZones {

    private TimeZones() {
    }

    /** The zone named {@code name}, or null when blank; a name that is not a zone fails on {@code field}. */
    public static ZoneId parse(String name, String field) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(name.trim());
        } catch (DateTimeException e) {
            throw ValidationException.of(field, "must be an IANA time zone such as Europe/Berlin or UTC");
        }
    }
}
