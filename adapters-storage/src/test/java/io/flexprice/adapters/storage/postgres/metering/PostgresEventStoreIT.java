package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.adapters.storage.EventRepositoryContract;
import io.flexprice.adapters.storage.UsageReaderContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import org.junit.jupiter.api.Nested;

/** Both ports of the store against a real Postgres; each test works in a scope of its own. */
class PostgresEventStoreIT {

    private final PostgresEventStore store = new PostgresEventStore(PostgresTestDatabase.shared().sessions());

    @Nested
    class AsEventRepository extends EventRepositoryContract {

        @Override
        protected EventRepository repository() {
            return store;
        }
    }

    @Nested
    class AsUsageReader extends UsageReaderContract {

        @Override
        protected EventRepository events() {
            return store;
        }

        @Override
        protected UsageReader usage() {
            return store;
        }
    }
}
