package io.flexprice.adapters.storage.inmemory;

import io.flexprice.ports.out.common.Transactions;
import jakarta.inject.Inject;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Units of work in memory: one global lock serialises them, and a nested call joins the outer one (the
 * lock is re-entrant). There is no rollback: a write made before the work throws stays written. Repository
 * calls made outside a unit of work do not take the lock.
 */
public final class InMemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();

    @Inject
    public InMemoryTransactions() {
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
