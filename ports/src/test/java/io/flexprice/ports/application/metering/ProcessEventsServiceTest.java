package io.flexprice.ports.application.metering;

import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventRepository.InsertOutcome;
import io.flexprice.ports.testing.FakeEventRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProcessEventsServiceTest {

    private final FakeEventRepository events = new FakeEventRepository();
    private final ProcessEventsService service = new ProcessEventsService(events);

    private static Event event(Scope scope, String id) {
        return new Event(scope, EventId.of(id), "api_call", "acme", null, NOW, null, EventProperties.EMPTY, NOW);
    }

    @Test
    void anEmptyBatchStoresNothingAndDoesNotTouchTheRepository() {
        InsertOutcome outcome = service.process(List.of());

        assertThat(outcome).isEqualTo(new InsertOutcome(0, List.of()));
        assertThat(events.insertCalls()).isEmpty();
    }

    @Test
    void aBatchIsHandedToTheRepositoryAsItIsAndItsOutcomeReturned() {
        List<Event> batch = List.of(event(SCOPE, "evt_1"), event(OTHER_TENANT, "evt_1"), event(SCOPE, "evt_2"));

        InsertOutcome outcome = service.process(batch);

        assertThat(events.insertCalls()).containsExactly(batch);
        assertThat(outcome).isEqualTo(new InsertOutcome(3, List.of()));
    }

    @Test
    void aRedeliveredBatchReportsEveryEventAsADuplicate() {
        List<Event> batch = List.of(event(SCOPE, "evt_1"), event(SCOPE, "evt_2"));
        service.process(batch);

        InsertOutcome again = service.process(batch);

        assertThat(again.inserted()).isZero();
        assertThat(again.duplicates()).containsExactly(batch.get(0).key(), batch.get(1).key());
    }
}
