package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** What every {@link SequenceRepository} does. */
public abstract class SequenceRepositoryContract {

    protected abstract SequenceRepository sequences();

    /** The unit of work the sequence joins. */
    protected abstract Transactions transactions();

    @Test
    void aCounterStartsAtOneAndCountsUpByOne() {
        Scope scope = Fixtures.aScope();

        assertThat(List.of(sequences().next(scope, "invoice:202611"), sequences().next(scope, "invoice:202611"),
                sequences().next(scope, "invoice:202611"))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void countersAreSeparatePerNameAndPerScope() {
        Scope scope = Fixtures.aScope();
        Scope other = Fixtures.aScope();
        sequences().next(scope, "invoice:202611");

        assertThat(sequences().next(scope, "invoice:202612")).isEqualTo(1);
        assertThat(sequences().next(other, "invoice:202611")).isEqualTo(1);
        assertThat(sequences().next(scope, "invoice:202611")).isEqualTo(2);
    }

    @Test
    void concurrentUnitsOfWorkGetConsecutiveNumbersEachOnce() throws Exception {
        Scope scope = Fixtures.aScope();
        int threads = 8;
        int perThread = 25;

        List<Future<List<Long>>> results = Concurrently.run(threads, thread -> {
            List<Long> taken = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
                taken.add(transactions().inTransaction(() -> sequences().next(scope, "credit_note")));
            }
            return taken;
        });

        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            all.addAll(result.get());
        }
        assertThat(all).containsExactlyInAnyOrderElementsOf(
                LongStream.rangeClosed(1, threads * perThread).boxed().toList());
    }
}
