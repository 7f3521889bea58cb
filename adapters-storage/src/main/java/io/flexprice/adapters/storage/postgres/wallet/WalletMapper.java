package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.ports.out.wallet.WalletFilter;
import java.util.List;

/** The SQL is in WalletMapper.xml. */
interface WalletMapper {

    int insert(WalletRow row);

    int update(WalletRow row);

    WalletRow findById(Scope scope, WalletId id);

    WalletRow lockById(Scope scope, WalletId id);

    List<WalletRow> findByCustomer(Scope scope, CustomerId customerId);

    List<WalletRow> search(Scope scope, WalletFilter filter, PageRequest page);

    long count(Scope scope, WalletFilter filter);
}
