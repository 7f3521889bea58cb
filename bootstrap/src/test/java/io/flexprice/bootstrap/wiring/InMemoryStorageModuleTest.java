package io.flexprice.bootstrap.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryStorageModuleTest {

    private final Injector injector = Guice.createInjector(
            new CoreModule(Clock.fixed(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC)),
            new InMemoryStorageModule(), new InProcessMessagingModule());

    @Test
    void everyServiceOfLocalModeIsBuiltOverTheInMemoryAdapters() {
        for (Key<?> key : injector.getAllBindings().keySet()) {
            assertThat(injector.getInstance(key)).as(key.toString()).isNotNull();
        }
        assertThat(injector.getInstance(Transactions.class).getClass().getSimpleName())
                .isEqualTo("InMemoryTransactions");
    }

    @Test
    void theEventsWrittenAreTheEventsTheUsageIsReadFrom() {
        assertThat(injector.getInstance(UsageReader.class)).isSameAs(injector.getInstance(EventRepository.class));
    }
}
