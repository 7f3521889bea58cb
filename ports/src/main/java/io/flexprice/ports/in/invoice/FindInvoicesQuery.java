package io.flexprice.ports.in.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.invoice.InvoiceFilter;

public interface FindInvoicesQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if the scope has no invoice with this id
     */
    Invoice get(Caller caller, InvoiceId id);

    Page<Invoice> search(Caller caller, InvoiceFilter filter, PageRequest page);

    /**
     * As {@link #search}, narrowed to the customer whose external id is {@code externalCustomerId} (FlexPrice's
     * {@code external_customer_id}); nothing matches when the filter also names another customer.
     *
     * @throws io.flexprice.domain.common.NotFoundException if no live customer has this external id
     */
    Page<Invoice> searchByExternalCustomerId(Caller caller, String externalCustomerId, InvoiceFilter filter,
                                             PageRequest page);

    /**
     * What the subscription's invoice for {@code period} (its current period when null) would be now: a DRAFT that
     * is not stored.
     */
    Invoice preview(Caller caller, String subscriptionId, Period period);

    /**
     * The customer's invoices summed per currency (FlexPrice's customer invoice summary).
     *
     * @throws io.flexprice.domain.common.NotFoundException if the customer does not exist
     */
    CustomerInvoiceSummary customerSummary(Caller caller, CustomerId customerId);
}
