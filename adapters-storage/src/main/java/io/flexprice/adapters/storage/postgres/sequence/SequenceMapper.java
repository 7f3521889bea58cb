package io.flexprice.adapters.storage.postgres.sequence;

import io.flexprice.domain.tenancy.Scope;

/** The SQL is in SequenceMapper.xml. */
interface SequenceMapper {

    long next(Scope scope, String name);
}
