package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.SequenceRepository;
import jakarta.inject.Inject;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Counters in memory: consecutive and never issued twice. A number taken by a unit of work that then
 * fails is not given back (memory has no rollback; see {@link InMemoryTransactions}).
 */
public final class InMemorySequenceRepository implements SequenceRepository {

    private final ConcurrentMap<Counter, Long> counters = new ConcurrentHashMap<>();

    @Inject
    public InMemorySequenceRepository() {
    }

    @Override
    public long next(Scope scope, String name) {
        return counters.merge(new Counter(scope, name), 1L, Long::sum);
    }

    private record Counter(Scope scope, String name) {
    }
}
