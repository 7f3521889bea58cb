package io.flexprice.ports.testing;

import io.flexprice.ports.out.common.Transactions;
import java.util.function.Supplier;

/** Runs the work at once (no rollback) and counts the units of work, so tests can see one was used. */
public final class ImmediateTransactions implements Transactions {

    private int units;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        units++;
        return work.get();
    }

    public int units() {
        return units;
    }
}
