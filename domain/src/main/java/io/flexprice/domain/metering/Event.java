package io.flexprice.domain.metering;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A usage event as accepted. Its identity is ({@code scope}, {@code id}) whatever its timestamp or
 * properties: the first accepted version stands, later ones with the same identity are duplicates.
 * Instants are kept to the microsecond.
 */
public record Event(Scope scope, EventId id, String eventName, String externalCustomerId, String customerId,
                    Instant timestamp, String source, EventProperties properties, Instant ingestedAt) {

    public static final int MAX_NAME_LENGTH = 255;

    public Event {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(ingestedAt, "ingestedAt");
        // every store keeps microseconds; finer digits would make the same event differ between them
        timestamp = timestamp.truncatedTo(ChronoUnit.MICROS);
        ingestedAt = ingestedAt.truncatedTo(ChronoUnit.MICROS);
        properties = properties == null ? EventProperties.EMPTY : properties;
        new Violations()
                .requireText(eventName, "event_name")
                .maxLength(eventName, MAX_NAME_LENGTH, "event_name")
                .requireText(externalCustomerId, "external_customer_id")
                .maxLength(externalCustomerId, 255, "external_customer_id")
                .maxLength(source, 255, "source")
                .require(noNul(eventName) && noNul(externalCustomerId) && noNul(customerId) && noNul(source)
                        && noNul(id.value()), "event", "text must not contain the NUL character")
                .addAll(properties.violations())
                .throwIfAny();
    }

    private static boolean noNul(String text) {
        return text == null || text.indexOf('\u0000') < 0;
    }

    public EventKey key() {
        return new EventKey(scope, id);
    }

    /** The identity under which duplicates are absorbed. */
    public record EventKey(Scope scope, EventId id) {
    }
}
