package io.flexprice.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * A clock whose instants are whole microseconds, the precision Postgres keeps, so that what an answer
 * shows is what a later read shows. ({@code Clock.tick} with a sub-millisecond tick divides by zero in
 * {@code millis()} on Java 17.)
 */
public final class MicrosecondClock extends Clock {

    private final Clock base;

    public MicrosecondClock(Clock base) {
        this.base = base;
    }

    public static MicrosecondClock systemUtc() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }
}
