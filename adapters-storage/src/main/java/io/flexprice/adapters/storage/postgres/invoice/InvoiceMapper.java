package io.flexprice.adapters.storage.postgres.invoice;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** The SQL is in InvoiceMapper.xml. */
interface InvoiceMapper {

    int insert(InvoiceRow row);

    /** 1 if stored, 0 if a live invoice of the same subscription and period exists (invoices_live_period_idx). */
    int insertForPeriod(InvoiceRow row);

    int update(InvoiceRow row);

    int insertLines(@Param("lines") List<InvoiceLineItemRow> lines);

    int deleteLinesExcept(@Param("scope") Scope scope, @Param("invoiceId") String invoiceId,
                          @Param("keep") List<String> keep);

    InvoiceRow findById(@Param("scope") Scope scope, @Param("id") InvoiceId id);

    InvoiceRow lockById(@Param("scope") Scope scope, @Param("id") InvoiceId id);

    InvoiceRow findLiveForPeriod(@Param("scope") Scope scope, @Param("subscriptionId") String subscriptionId,
                                 @Param("reason") String reason, @Param("start") Instant start,
                                 @Param("end") Instant end);

    List<InvoiceLineItemRow> findLines(@Param("scope") Scope scope, @Param("invoiceIds") List<String> invoiceIds);

    List<InvoiceRow> search(@Param("scope") Scope scope, @Param("filter") InvoiceFilter filter,
                            @Param("page") PageRequest page,
                            @Param("conditions") SearchColumns.Sql conditions);

    long count(@Param("scope") Scope scope, @Param("filter") InvoiceFilter filter,
               @Param("conditions") SearchColumns.Sql conditions);
}
