package io.flexprice.adapters.http.wallet;

import io.flexprice.adapters.http.common.FilterConditionRequest;
import io.flexprice.adapters.http.common.SearchConditionsWire;
import io.flexprice.adapters.http.common.SortConditionRequest;
import io.flexprice.domain.common.SearchConditions;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.ports.out.wallet.WalletTransactionFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code types.WalletTransactionFilter} ({@code GET /v1/wallets/{id}/transactions} as query parameters,
 * {@code POST /v1/wallets/transactions/search} as a body): {@code id}, {@code type}, {@code transaction_reason},
 * {@code transaction_status}, {@code reference_type}, {@code reference_id}, {@code start_time} (inclusive) and
 * {@code end_time} (exclusive) on creation, {@code expiry_date_before} / {@code expiry_date_after},
 * {@code credits_available_gt}, {@code priority}, {@code created_by}, paging; the extension {@code wallet_id} on
 * search; FlexPrice's {@code filters} and {@code sort} ({@link SearchConditionsWire}). {@code status} and
 * {@code expand} are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletTransactionSearchRequest(String walletId, String id, String type, String transactionReason,
                                             String transactionStatus, String referenceType, String referenceId,
                                             String startTime, String endTime, String expiryDateBefore,
                                             String expiryDateAfter, BigDecimal creditsAvailableGt, Integer priority,
                                             String createdBy, Integer limit, Integer offset, String order,
                                             List<FilterConditionRequest> filters, List<SortConditionRequest> sort) {

    public static final WalletTransactionSearchRequest ALL = new WalletTransactionSearchRequest(null, null, null,
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

    /** The query parameters of one wallet's transactions. */
    public static Search fromQuery(String id, String type, String transactionReason, String transactionStatus,
                                   String referenceType, String referenceId, String startTime, String endTime,
                                   String expiryDateBefore, String expiryDateAfter, String creditsAvailableGt,
                                   String priority, String createdBy, String limit, String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        BigDecimal above = WalletWire.decimal(wire, creditsAvailableGt, "credits_available_gt");
        Integer priorityValue = wire.integer(priority, "priority", Integer.MIN_VALUE);
        return new WalletTransactionSearchRequest(null, id, type, transactionReason, transactionStatus, referenceType,
                referenceId, startTime, endTime, expiryDateBefore, expiryDateAfter, above, priorityValue, createdBy,
                limitValue, offsetValue, order, null, null).toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        TransactionType typeValue = WalletWire.enumValue(wire, type, "type", TransactionType::fromWire);
        TransactionReason reason = WalletWire.enumValue(wire, transactionReason, "transaction_reason",
                TransactionReason::fromWire);
        TransactionStatus txStatus = WalletWire.enumValue(wire, transactionStatus, "transaction_status",
                TransactionStatus::fromWire);
        WalletTxReferenceType reference = WalletWire.enumValue(wire, referenceType, "reference_type",
                WalletTxReferenceType::fromWire);
        Instant from = wire.instant(startTime, "start_time");
        Instant before = wire.instant(endTime, "end_time");
        Instant expiryBefore = wire.instant(expiryDateBefore, "expiry_date_before");
        Instant expiryAfter = wire.instant(expiryDateAfter, "expiry_date_after");
        Credits above = creditsAvailableGt == null || creditsAvailableGt.signum() < 0 ? null
                : WalletWire.credits(wire, creditsAvailableGt, "credits_available_gt");
        PageRequest page = wire.page(limit, offset, order);
        SearchConditions conditions = SearchConditionsWire.parse(wire, filters, sort, WalletTransactionFilter.FIELDS);
        wire.throwIfInvalid();
        return new Search(new WalletTransactionFilter(WireParser.listWith(null, walletId), WireParser.listWith(null, id),
                typeValue, reason, txStatus, reference, referenceId == null || referenceId.isBlank() ? null
                : referenceId, from, before, expiryAfter, expiryBefore, above, priority,
                createdBy == null || createdBy.isBlank() ? null : createdBy, conditions), page);
    }

    public record Search(WalletTransactionFilter filter, PageRequest page) {
    }
}
