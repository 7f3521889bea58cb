package io.flexprice.ports.in.tax;

import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateType;
import java.math.BigDecimal;
import java.util.Map;

/** A new tax rate; validated by {@link io.flexprice.domain.tax.TaxRate}. */
public record CreateTaxRateCommand(String name, String code, String description, TaxRateType type,
                                   BigDecimal percentageValue, BigDecimal fixedValue, TaxRateScope scope,
                                   Map<String, String> metadata) {
}
