package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxRateId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxRateFilter;
import java.util.List;

/** The SQL is in TaxRateMapper.xml. */
interface TaxRateMapper {

    int insert(TaxRateRow row);

    int update(TaxRateRow row);

    TaxRateRow findById(Scope scope, TaxRateId id);

    TaxRateRow findByCode(Scope scope, String code);

    List<TaxRateRow> search(Scope scope, TaxRateFilter filter, PageRequest page);

    long count(Scope scope, TaxRateFilter filter);
}
