package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.EventRepository.InsertOutcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link EventRepository} does. */
public abstract class EventRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract EventRepository repository();

    @Test
    void insertedEventIsReadBackWithEveryField() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("tokens", new BigDecimal("1250"));
        properties.put("cost", new BigDecimal("0.0375"));
        properties.put("model", "gpt-4o");
        properties.put("cached", Boolean.TRUE);
        properties.put("tags", List.of("beta", new BigDecimal("2")));
        properties.put("request", Map.of("method", "POST", "bytes", new BigDecimal("512")));
        properties.put("note", null);
        Event event = new Event(scope, new EventId(Fixtures.uniqueId("event")), "llm_call", "acme-42",
                Fixtures.uniqueId("cust"), Instant.parse("2024-03-05T10:15:30.123Z"), "sdk-java",
                new EventProperties(properties), Instant.parse("2024-03-05T10:15:31.456Z"));

        InsertOutcome outcome = repository().insert(List.of(event));

        assertThat(outcome.inserted()).isEqualTo(1);
        assertThat(outcome.duplicates()).isEmpty();
        assertThat(repository().findById(scope, event.id())).contains(event);
    }

    @Test
    void insertCountsEveryNewEventOfTheBatch() {
        InsertOutcome outcome = repository().insert(List.of(Fixtures.anEvent(scope).build(),
                Fixtures.anEvent(scope).build(), Fixtures.anEvent(scope).build()));

        assertThat(outcome.inserted()).isEqualTo(3);
        assertThat(outcome.duplicates()).isEmpty();
    }

    @Test
    void sameIdWithAnotherTimestampAndPropertiesIsADuplicateAndTheFirstVersionStands() {
        Event first = Fixtures.anEvent(scope).at(T0).property("tokens", new BigDecimal("10")).build();
        Event retry = Fixtures.anEvent(scope).id(first.id().value()).at(T0.plusSeconds(3_600))
                .property("tokens", new BigDecimal("99")).ingestedAt(T0.plusSeconds(3_600)).build();
        repository().insert(List.of(first));

        InsertOutcome outcome = repository().insert(List.of(retry));

        assertThat(outcome.inserted()).isZero();
        assertThat(outcome.duplicates()).containsExactly(retry.key());
        assertThat(repository().findById(scope, first.id())).contains(first);
    }

    @Test
    void sameIdTwiceInOneBatchStoresTheFirstOccurrence() {
        Event first = Fixtures.anEvent(scope).property("tokens", new BigDecimal("10")).build();
        Event second = Fixtures.anEvent(scope).id(first.id().value()).property("tokens", new BigDecimal("20")).build();
        Event other = Fixtures.anEvent(scope).build();

        InsertOutcome outcome = repository().insert(List.of(first, other, second));

        assertThat(outcome.inserted()).isEqualTo(2);
        assertThat(outcome.duplicates()).containsExactly(first.key());
        assertThat(repository().findById(scope, first.id())).contains(first);
    }

    @Test
    void sameIdInAnotherScopeIsNotADuplicate() {
        Scope otherEnvironment = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        Event here = Fixtures.anEvent(scope).property("tokens", new BigDecimal("1")).build();
        Event there = Fixtures.anEvent(otherEnvironment).id(here.id().value()).property("tokens", new BigDecimal("2"))
                .build();

        InsertOutcome outcome = repository().insert(List.of(here, there));

        assertThat(outcome.inserted()).isEqualTo(2);
        assertThat(outcome.duplicates()).isEmpty();
        assertThat(repository().findById(scope, here.id())).contains(here);
        assertThat(repository().findById(otherEnvironment, here.id())).contains(there);
    }

    @Test
    void concurrentInsertsOfOneEventIdStoreExactlyOne() throws Exception {
        String id = Fixtures.uniqueId("event");

        List<Future<InsertOutcome>> outcomes = Concurrently.run(8, thread -> repository().insert(List.of(
                Fixtures.anEvent(scope).id(id).property("thread", new BigDecimal(thread)).build())));

        int inserted = 0;
        int duplicates = 0;
        for (Future<InsertOutcome> outcome : outcomes) {
            inserted += outcome.get().inserted();
            duplicates += outcome.get().duplicates().size();
        }
        assertThat(inserted).isEqualTo(1);
        assertThat(duplicates).isEqualTo(7);
        assertThat(repository().search(scope, EventFilter.ALL, PageRequest.first(10)).total()).isEqualTo(1);
    }

    @Test
    void eventOfOneScopeIsInvisibleFromAnother() {
        Event event = Fixtures.anEvent(scope).build();
        repository().insert(List.of(event));

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, event.id())).isEmpty();
            assertThat(repository().search(other, EventFilter.ALL, PageRequest.first(10)).total()).isZero();
        }
    }

    @Test
    void searchIsNewestFirstByTimestampThenIdUnlessAscendingIsAsked() {
        String run = Fixtures.uniqueId("event");
        Event oldest = Fixtures.anEvent(scope).id(run + "_z").at(T0).build();
        Event tiedLow = Fixtures.anEvent(scope).id(run + "_a").at(T0.plusSeconds(60)).build();
        Event tiedHigh = Fixtures.anEvent(scope).id(run + "_b").at(T0.plusSeconds(60)).build();
        repository().insert(List.of(tiedLow, oldest, tiedHigh));

        assertThat(search(EventFilter.ALL).items()).containsExactly(tiedHigh, tiedLow, oldest);
        assertThat(repository().search(scope, EventFilter.ALL, new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(oldest, tiedLow, tiedHigh);
    }

    @Test
    void searchNarrowsByCustomerNameIdAndSource() {
        Event apiCall = Fixtures.anEvent(scope).name("api_call").customer("acme").source("sdk").at(T0).build();
        Event otherName = Fixtures.anEvent(scope).name("llm_call").customer("acme").source("sdk")
                .at(T0.plusSeconds(1)).build();
        Event otherCustomer = Fixtures.anEvent(scope).name("api_call").customer("globex").source("sdk")
                .at(T0.plusSeconds(2)).build();
        Event otherSource = Fixtures.anEvent(scope).name("api_call").customer("acme").at(T0.plusSeconds(3)).build();
        repository().insert(List.of(apiCall, otherName, otherCustomer, otherSource));

        assertThat(search(filter("acme", null, null, null)).items()).containsExactly(otherSource, otherName, apiCall);
        assertThat(search(filter(null, "api_call", null, null)).items())
                .containsExactly(otherSource, otherCustomer, apiCall);
        assertThat(search(filter(null, null, otherName.id().value(), null)).items()).containsExactly(otherName);
        assertThat(search(filter(null, null, null, "sdk")).items()).containsExactly(otherCustomer, otherName, apiCall);
        assertThat(search(filter("acme", "api_call", null, "sdk")).items()).containsExactly(apiCall);
    }

    @Test
    void searchTimeRangeIsHalfOpen() {
        Instant start = Instant.parse("2024-03-10T00:00:00Z");
        Instant end = Instant.parse("2024-03-11T00:00:00Z");
        Event beforeStart = Fixtures.anEvent(scope).at(start.minusMillis(1)).build();
        Event atStart = Fixtures.anEvent(scope).at(start).build();
        Event beforeEnd = Fixtures.anEvent(scope).at(end.minusMillis(1)).build();
        Event atEnd = Fixtures.anEvent(scope).at(end).build();
        repository().insert(List.of(beforeStart, atStart, beforeEnd, atEnd));

        assertThat(search(new EventFilter(null, null, null, null, start, end, null)).items())
                .containsExactly(beforeEnd, atStart);
        assertThat(search(new EventFilter(null, null, null, null, start, null, null)).items())
                .containsExactly(atEnd, beforeEnd, atStart);
        assertThat(search(new EventFilter(null, null, null, null, null, end, null)).items())
                .containsExactly(beforeEnd, atStart, beforeStart);
    }

    @Test
    void searchPropertyFiltersCombineWithAndAndMatchAnyListedValue() {
        Event gptEu = Fixtures.anEvent(scope).property("model", "gpt").property("region", "eu").at(T0).build();
        Event gptUs = Fixtures.anEvent(scope).property("model", "gpt").property("region", "us")
                .at(T0.plusSeconds(1)).build();
        Event gptAp = Fixtures.anEvent(scope).property("model", "gpt").property("region", "ap")
                .at(T0.plusSeconds(2)).build();
        Event claudeEu = Fixtures.anEvent(scope).property("model", "claude").property("region", "eu")
                .at(T0.plusSeconds(3)).build();
        Event noModel = Fixtures.anEvent(scope).property("region", "eu").at(T0.plusSeconds(4)).build();
        repository().insert(List.of(gptEu, gptUs, gptAp, claudeEu, noModel));

        assertThat(search(new EventFilter(null, null, null, null, null, null, List.of(
                new PropertyFilter("model", List.of("gpt")), new PropertyFilter("region", List.of("eu", "us")))))
                .items()).containsExactly(gptUs, gptEu);
        assertThat(search(new EventFilter(null, null, null, null, null, null, List.of(
                new PropertyFilter("model", List.of("gpt", "claude"))))).items())
                .containsExactly(claudeEu, gptAp, gptUs, gptEu);
    }

    @Test
    void searchReturnsTheRequestedPageAndCountsEveryMatch() {
        Event[] events = new Event[5];
        for (int i = 0; i < events.length; i++) {
            events[i] = Fixtures.anEvent(scope).at(T0.plusSeconds(i)).build();
        }
        repository().insert(List.of(events));
        repository().insert(List.of(Fixtures.anEvent(scope).name("other").build()));

        Page<Event> page = repository().search(scope, filter(null, "api_call", null, null),
                new PageRequest(2, 1, SortOrder.DESC));
        Page<Event> beyond = repository().search(scope, filter(null, "api_call", null, null),
                new PageRequest(2, 6, SortOrder.DESC));

        assertThat(page.items()).containsExactly(events[3], events[2]);
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.limit()).isEqualTo(2);
        assertThat(page.offset()).isEqualTo(1);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(5);
    }

    private Page<Event> search(EventFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static EventFilter filter(String externalCustomerId, String eventName, String eventId, String source) {
        return new EventFilter(externalCustomerId, eventName, eventId, source, null, null, List.of());
    }
}
