package io.flexprice.ports.testing;

import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.SequenceRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counters in a map: 1, 2, 3, ... per scope and name. */
public final class FakeSequenceRepository implements SequenceRepository {

    private final Map<List<Object>, Long> counters = new HashMap<>();

    @Override
    public long next(Scope scope, String name) {
        return counters.merge(List.of(scope, name), 1L, Long::sum);
    }

    /** The last value handed out, 0 if none. */
    public long last(Scope scope, String name) {
        return counters.getOrDefault(List.of(scope, name), 0L);
    }
}
