package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.ports.out.common.Transactions;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What every {@link Transactions} does. */
public abstract class TransactionsContract {

    /** The transactions under test; the same instance for the whole of one test. */
    protected abstract Transactions transactions();

    @Test
    void unitOfWorkReturnsTheValueOfTheWork() {
        assertThat(transactions().inTransaction(() -> 42)).isEqualTo(42);
    }

    @Test
    void nestedUnitOfWorkJoinsAndReturnsItsValueToTheOuterOne() {
        String result = transactions().inTransaction(() -> "outer+" + transactions().inTransaction(() -> "inner"));

        assertThat(result).isEqualTo("outer+inner");
    }

    @Test
    void runnableUnitOfWorkRuns() {
        AtomicBoolean ran = new AtomicBoolean();

        transactions().inTransaction(() -> ran.set(true));

        assertThat(ran).isTrue();
    }

    @Test
    void exceptionOfTheWorkPropagatesUnchanged() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            throw failure;
        })).isSameAs(failure);
    }

    @Test
    void exceptionOfNestedWorkPropagatesThroughTheOuterOne() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> transactions().inTransaction(() -> transactions().inTransaction(() -> {
            throw failure;
        }))).isSameAs(failure);
    }

    @Test
    void failedUnitOfWorkDoesNotBlockTheNextOneOnAnotherThread() throws Exception {
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            throw new IllegalStateException("boom");
        })).isInstanceOf(IllegalStateException.class);

        CompletableFuture<String> next = CompletableFuture.supplyAsync(() -> transactions().inTransaction(() -> "ok"));

        assertThat(next.get(10, TimeUnit.SECONDS)).isEqualTo("ok");
    }
}
