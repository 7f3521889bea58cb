package io.flexprice.adapters.storage.postgres.invoice;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** A row of {@code invoice_line_items}: its invoice's id and its position among the invoice's lines. */
final class InvoiceLineItemRow {

    private String id;
    private String tenantId;
    private String environmentId;
    private String invoiceId;
    private int position;
    private String priceId;
    private String priceType;
    private String meterId;
    private String meterDisplayName;
    private String entityType;
    private String entityId;
    private String planDisplayName;
    private String displayName;
    private BigDecimal quantity;
    private BigDecimal amount;
    private BigDecimal lineItemDiscount;
    private BigDecimal invoiceLevelDiscount;
    private BigDecimal prepaidCreditsApplied;
    private BigDecimal taxAmount;
    private Instant periodStart;
    private Instant periodEnd;
    private String metadata;

    static List<InvoiceLineItemRow> of(Invoice invoice) {
        List<InvoiceLineItemRow> rows = new ArrayList<>();
        for (int i = 0; i < invoice.lineItems().size(); i++) {
            InvoiceLineItem line = invoice.lineItems().get(i);
            InvoiceLineItemRow row = new InvoiceLineItemRow();
            row.id = line.id().value();
            row.tenantId = invoice.scope().tenantId().value();
            row.environmentId = invoice.scope().environmentId().value();
            row.invoiceId = invoice.id().value();
            row.position = i;
            row.priceId = line.priceId() == null ? null : line.priceId().value();
            row.priceType = line.priceType() == null ? null : line.priceType().name();
            row.meterId = line.meterId() == null ? null : line.meterId().value();
            row.meterDisplayName = line.meterDisplayName();
            row.entityType = line.entityType();
            row.entityId = line.entityId();
            row.planDisplayName = line.planDisplayName();
            row.displayName = line.displayName();
            row.quantity = line.quantity();
            row.amount = line.amount().amount();
            row.lineItemDiscount = line.lineItemDiscount().amount();
            row.invoiceLevelDiscount = line.invoiceLevelDiscount().amount();
            row.prepaidCreditsApplied = line.prepaidCreditsApplied().amount();
            row.taxAmount = line.taxAmount().amount();
            row.periodStart = line.period() == null ? null : line.period().start();
            row.periodEnd = line.period() == null ? null : line.period().end();
            row.metadata = JsonColumns.write(line.metadata().values());
            rows.add(row);
        }
        return rows;
    }

    String invoiceId() {
        return invoiceId;
    }

    InvoiceLineItem toDomain(Currency currency) {
        return new InvoiceLineItem(new InvoiceLineItemId(id), priceId == null ? null : new PriceId(priceId),
                priceType == null ? null : PriceType.valueOf(priceType), meterId == null ? null : new MeterId(meterId),
                meterDisplayName, entityType, entityId, planDisplayName, displayName, quantity,
                new Money(amount, currency), new Money(lineItemDiscount, currency),
                new Money(invoiceLevelDiscount, currency), new Money(prepaidCreditsApplied, currency),
                new Money(taxAmount, currency),
                periodStart == null ? null : new Period(periodStart, periodEnd),
                Metadata.of(JsonColumns.readStringMap(metadata)));
    }
}
