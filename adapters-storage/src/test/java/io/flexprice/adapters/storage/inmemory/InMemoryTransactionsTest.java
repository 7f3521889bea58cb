package io.flexprice.adapters.storage.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.Concurrently;
import io.flexprice.adapters.storage.TransactionsContract;
import io.flexprice.ports.out.common.Transactions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

class InMemoryTransactionsTest extends TransactionsContract {

    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected Transactions transactions() {
        return transactions;
    }

    @Test
    void unitsOfWorkOnSeveralThreadsNeverOverlap() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();

        Concurrently.run(8, thread -> transactions.inTransaction(() -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // long enough for the others to try to enter
            return inside.decrementAndGet();
        }));

        assertThat(mostInside).hasValue(1);
    }
}
