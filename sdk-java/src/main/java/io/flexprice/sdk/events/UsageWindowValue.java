package io.flexprice.sdk.events;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One window of a usage answer, named (as FlexPrice does) by its start.
 *
 * @param windowSize the window's start
 * @param value the window's value
 */
public record UsageWindowValue(Instant windowSize, BigDecimal value) {

}
