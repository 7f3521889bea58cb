package io.flexprice.adapters.storage.postgres.invoice;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Invoices and their lines. An invoice and its lines are written in one transaction (the caller's, or one of their
 * own). {@link #createForPeriod} inserts with {@code ON CONFLICT DO NOTHING} on the partial unique index
 * {@code invoices_live_period_idx}: a concurrent insert of the same period waits for the first to commit and then
 * inserts nothing, so exactly one invoice is created, and the loser reads the winner's. {@link #lockById} is
 * {@code SELECT ... FOR UPDATE}.
 */
public final class PostgresInvoiceRepository implements InvoiceRepository {

    private static final SearchColumns<Invoice> COLUMNS = SearchColumns.of(InvoiceFilter.FIELDS)
            .with("currency", "lower(currency)");

    private final InvoiceMapper mapper;
    private final PostgresTransactions transactions;

    @Inject
    public PostgresInvoiceRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(InvoiceMapper.class);
        this.transactions = new PostgresTransactions(sessions);
    }

    @Override
    public void insert(Invoice invoice) {
        transactions.inTransaction(() -> {
            mapper.insert(InvoiceRow.from(invoice));
            insertLines(invoice);
        });
    }

    @Override
    public PeriodInvoice createForPeriod(Invoice candidate) {
        if (candidate.subscriptionId() == null) {
            throw new IllegalArgumentException("invoice " + candidate.id() + " is not a subscription's period invoice");
        }
        return transactions.inTransaction(() -> {
            if (mapper.insertForPeriod(InvoiceRow.from(candidate)) == 1) {
                insertLines(candidate);
                return new PeriodInvoice(candidate, true);
            }
            Invoice existing = findLiveForPeriod(candidate.scope(), candidate.subscriptionId(), candidate.period(),
                    candidate.billingReason())
                    .orElseThrow(() -> new IllegalStateException("a live invoice holds the period of "
                            + candidate.id() + " but cannot be read"));
            return new PeriodInvoice(existing, false);
        });
    }

    /**
     * @throws IllegalStateException if the invoice is not stored in its scope
     */
    @Override
    public void update(Invoice invoice) {
        transactions.inTransaction(() -> {
            PostgresErrors.requireOneUpdated(mapper.update(InvoiceRow.from(invoice)), invoice.id());
            mapper.deleteLinesExcept(invoice.scope(), invoice.id().value(),
                    invoice.lineItems().stream().map(InvoiceLineItem::id).map(id -> id.value()).toList());
            insertLines(invoice);
        });
    }

    @Override
    public Optional<Invoice> findById(Scope scope, InvoiceId id) {
        return withLines(scope, mapper.findById(scope, id));
    }

    @Override
    public Optional<Invoice> lockById(Scope scope, InvoiceId id) {
        return withLines(scope, mapper.lockById(scope, id));
    }

    @Override
    public Optional<Invoice> findLiveForPeriod(Scope scope, String subscriptionId, Period period,
                                               BillingReason reason) {
        return withLines(scope, mapper.findLiveForPeriod(scope, subscriptionId, reason.name(), period.start(),
                period.end()));
    }

    @Override
    public Page<Invoice> search(Scope scope, InvoiceFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        List<InvoiceRow> rows = mapper.search(scope, filter, page, conditions);
        Map<String, List<InvoiceLineItemRow>> lines = linesOf(scope, rows.stream().map(InvoiceRow::id).toList());
        return new Page<>(rows.stream().map(row -> row.toDomain(lines.getOrDefault(row.id(), List.of()))).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    private void insertLines(Invoice invoice) {
        List<InvoiceLineItemRow> rows = InvoiceLineItemRow.of(invoice);
        if (!rows.isEmpty()) {
            mapper.insertLines(rows);
        }
    }

    private Optional<Invoice> withLines(Scope scope, InvoiceRow row) {
        if (row == null) {
            return Optional.empty();
        }
        return Optional.of(row.toDomain(linesOf(scope, List.of(row.id())).getOrDefault(row.id(), List.of())));
    }

    private Map<String, List<InvoiceLineItemRow>> linesOf(Scope scope, List<String> invoiceIds) {
        Map<String, List<InvoiceLineItemRow>> lines = new LinkedHashMap<>();
        if (!invoiceIds.isEmpty()) {
            for (InvoiceLineItemRow line : mapper.findLines(scope, invoiceIds)) {
                lines.computeIfAbsent(line.invoiceId(), id -> new ArrayList<>()).add(line);
            }
        }
        return lines;
    }
}
