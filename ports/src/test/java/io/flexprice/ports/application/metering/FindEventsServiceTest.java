package io.flexprice.ports.application.metering;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.testing.FakeEventRepository;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindEventsServiceTest {

    private final FakeEventRepository events = new FakeEventRepository();
    private final FindEventsService service = new FindEventsService(events);
    private final Caller caller = aCaller().build();

    private static Event event(Scope scope, String id, String name) {
        return new Event(scope, EventId.of(id), name, "acme", null, NOW, null, EventProperties.EMPTY, NOW);
    }

    @Test
    void getFindsAnEventOfTheCallersScope() {
        Event stored = event(SCOPE, "evt_1", "api_call");
        events.insert(List.of(stored));

        assertThat(service.get(caller, EventId.of("evt_1"))).isEqualTo(stored);
    }

    @Test
    void getOfAnUnknownEventOrOneOfAnotherEnvironmentIsNotFound() {
        events.insert(List.of(event(OTHER_ENVIRONMENT, "evt_1", "api_call")));

        for (String id : List.of("evt_1", "evt_unknown")) {
            assertThatThrownBy(() -> service.get(caller, EventId.of(id))).as(id)
                    .isInstanceOf(NotFoundException.class)
                    .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.EVENT_NOT_FOUND);
        }
    }

    @Test
    void searchLooksInTheCallersScopeWithTheFilterGiven() {
        events.insert(List.of(event(SCOPE, "evt_1", "api_call"), event(SCOPE, "evt_2", "llm_call"),
                event(OTHER_ENVIRONMENT, "evt_3", "api_call")));
        EventFilter apiCalls = new EventFilter(null, "api_call", null, null, null, null, List.of());

        assertThat(service.search(caller, apiCalls, PageRequest.first(10)).items()).extracting(e -> e.id().value())
                .containsExactly("evt_1");
        assertThat(service.search(caller, EventFilter.ALL, PageRequest.first(10)).total()).isEqualTo(2);
    }
}
