package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.SequenceRepositoryContract;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;

class InMemorySequenceRepositoryTest extends SequenceRepositoryContract {

    private final InMemorySequenceRepository sequences = new InMemorySequenceRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected SequenceRepository sequences() {
        return sequences;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
