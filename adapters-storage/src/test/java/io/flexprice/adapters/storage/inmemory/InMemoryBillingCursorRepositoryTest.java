package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.BillingCursorRepositoryContract;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.Transactions;

class InMemoryBillingCursorRepositoryTest extends BillingCursorRepositoryContract {

    private final InMemoryBillingCursorRepository repository = new InMemoryBillingCursorRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected BillingCursorRepository repository() {
        return repository;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
