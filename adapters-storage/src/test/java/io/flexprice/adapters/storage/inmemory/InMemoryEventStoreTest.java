package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.EventRepositoryContract;
import io.flexprice.adapters.storage.UsageReaderContract;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import org.junit.jupiter.api.Nested;

/** The store serves two ports; each contract runs against a fresh store. */
class InMemoryEventStoreTest {

    @Nested
    class AsEventRepository extends EventRepositoryContract {

        private final InMemoryEventStore store = new InMemoryEventStore();

        @Override
        protected EventRepository repository() {
            return store;
        }
    }

    @Nested
    class AsUsageReader extends UsageReaderContract {

        private final InMemoryEventStore store = new InMemoryEventStore();

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
