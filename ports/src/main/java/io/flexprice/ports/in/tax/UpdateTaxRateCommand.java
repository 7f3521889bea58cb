package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.TaxRateStatus;
import java.util.Map;

/** The fields of a tax rate a client may change; null keeps the current value. The type and value never change. */
public record UpdateTaxRateCommand(String name, String code, String description, TaxRateStatus rateStatus,
                                   Map<String, String> metadata) {
}
