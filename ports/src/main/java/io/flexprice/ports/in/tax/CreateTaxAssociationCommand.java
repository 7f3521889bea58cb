package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.TaxEntityType;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * Attach the live tax rate with code {@code taxRateCode} to an entity. A customer may be named by
 * {@code externalCustomerId} instead of (or as well as) {@code entityType} CUSTOMER and {@code entityId}; the
 * tenant's {@code entityId} may be left out. {@code priority} defaults to 0 and {@code autoApply} to false, as
 * in FlexPrice.
 */
public record CreateTaxAssociationCommand(String taxRateCode, TaxEntityType entityType, String entityId,
                                          String externalCustomerId, Integer priority, Boolean autoApply,
                                          Currency currency, Instant startDate, Instant endDate,
                                          Map<String, String> metadata) {
}
