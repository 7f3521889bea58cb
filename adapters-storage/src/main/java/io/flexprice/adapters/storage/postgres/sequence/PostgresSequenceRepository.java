package io.flexprice.adapters.storage.postgres.sequence;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.SequenceRepository;
import jakarta.inject.Inject;

/**
 * Counters as rows of {@code sequences}, incremented by one upsert: the row stays locked until the
 * calling transaction ends, which serialises concurrent callers and returns the number on rollback.
 */
public final class PostgresSequenceRepository implements SequenceRepository {

    private final SequenceMapper mapper;

    @Inject
    public PostgresSequenceRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(SequenceMapper.class);
    }

    @Override
    public long next(Scope scope, String name) {
        return mapper.next(scope, name);
    }
}
