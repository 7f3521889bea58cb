package io.flexprice.ports.out.metering;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface MeterRepository {

    void insert(Meter meter);

    void update(Meter meter);

    /** The meter whatever its status. */
    Optional<Meter> findById(Scope scope, MeterId id);

    /** Meters that are not deleted, by creation time in the order the page asks (newest first by default). */
    Page<Meter> list(Scope scope, PageRequest page);
}
