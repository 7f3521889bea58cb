package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.tax.TaxRate;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import java.math.BigDecimal;

/** A row of {@code tax_rates}: enums as wire values, values as NUMERIC, the metadata as JSON text. */
final class TaxRateRow extends ScopedRow {

    private String name;
    private String code;
    private String description;
    private String taxRateType;
    private BigDecimal percentageValue;
    private BigDecimal fixedValue;
    private String rateScope;
    private String taxRateStatus;
    private String metadata;

    static TaxRateRow from(TaxRate rate) {
        TaxRateRow row = new TaxRateRow();
        row.fill(rate.id().value(), rate.scope(), rate.status(), rate.audit());
        row.name = rate.name();
        row.code = rate.code();
        row.description = rate.description();
        row.taxRateType = rate.type().wireValue();
        row.percentageValue = rate.percentageValue();
        row.fixedValue = rate.fixedValue();
        row.rateScope = rate.rateScope().name();
        row.taxRateStatus = rate.rateStatus().name();
        row.metadata = JsonColumns.write(rate.metadata().values());
        return row;
    }

    TaxRate toDomain() {
        return new TaxRate(new TaxRateId(id), scope(), name, code, description, TaxRateType.fromWire(taxRateType),
                percentageValue, fixedValue, TaxRateScope.fromWire(rateScope), TaxRateStatus.fromWire(taxRateStatus),
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
