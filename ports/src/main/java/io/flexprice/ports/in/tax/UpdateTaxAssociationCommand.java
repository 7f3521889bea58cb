package io.flexprice.ports.in.tax;

import java.time.Instant;
import java.util.Map;

/** The fields of a tax association a client may change; null keeps the current value. */
public record UpdateTaxAssociationCommand(Integer priority, Boolean autoApply, Instant endDate,
                                          Map<String, String> metadata) {
}
