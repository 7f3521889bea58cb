package io.flexprice.adapters.http.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.ports.out.wallet.WalletFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.WalletFilter} as {@code POST /v1/wallets/search} takes it (and {@code GET /v1/wallets} as
 * query parameters): {@code wallet_ids}, {@code status} (the wallet status: active, frozen, closed), paging; the
 * extension {@code customer_id}. {@code alert_enabled}, {@code expand} and {@code sort} are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WalletSearchRequest(List<String> walletIds, String customerId, String status, Integer limit,
                                  Integer offset, String order) {

    public static final WalletSearchRequest ALL = new WalletSearchRequest(null, null, null, null, null, null);

    public static Search fromQuery(List<String> walletIds, String customerId, String status, String limit,
                                   String offset, String order) {
        WireParser wire = new WireParser();
        Integer limitValue = wire.integer(limit, "limit", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new WalletSearchRequest(WireParser.list(walletIds), customerId, status, limitValue, offsetValue, order)
                .toSearch(wire);
    }

    public Search toSearch() {
        return toSearch(new WireParser());
    }

    private Search toSearch(WireParser wire) {
        WalletStatus walletStatus = WalletWire.enumValue(wire, status, "status", WalletStatus::fromWire);
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        return new Search(new WalletFilter(WireParser.listWith(walletIds, null), WireParser.listWith(null, customerId),
                walletStatus), page);
    }

    public record Search(WalletFilter filter, PageRequest page) {
    }
}
